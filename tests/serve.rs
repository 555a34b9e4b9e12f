//! `newsfacet serve` end to end over HTTP: `/api/search` answers exactly what `search --json
//! --facets` prints for the same parameters, bad parameters get 400 with a JSON error, malformed
//! requests leave the server up, `/api/articles/{id}` gives text, facets and evidence, and
//! `/api/deaths` sums tolls per province. The index is built from sample/articles-2023-pakistan.jsonl.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_newsfacet");

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn build_index(dir: &Path) {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample/articles-2023-pakistan.jsonl");
    let out = Command::new(BIN)
        .arg("index")
        .arg(&fixture)
        .arg("--index")
        .arg(dir)
        .arg("--quiet")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn start(index: &Path) -> Server {
    let mut child = Command::new(BIN)
        .args(["serve", "--addr", "127.0.0.1:0", "--index"])
        .arg(index)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    Server { child, addr }
}

/// Sends raw bytes, returns (status, body) of the answer (status 0 when there is none).
fn raw(addr: &str, request: &[u8]) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let _ = s.write_all(request);
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).to_string();
    let Some((head, body)) = text.split_once("\r\n\r\n") else {
        return (0, text);
    };
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    (status, body)
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        s = &rest[n + 2..];
    }
    out
}

fn get(addr: &str, path: &str) -> (u16, String) {
    raw(
        addr,
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
}

fn get_json(addr: &str, path: &str) -> (u16, Value) {
    let (status, body) = get(addr, path);
    let v = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body:?}"));
    (status, v)
}

fn cli_search(index: &Path, args: &[&str]) -> Value {
    let out = Command::new(BIN)
        .arg("search")
        .args(args)
        .args(["--json", "--facets", "--index"])
        .arg(index)
        .output()
        .unwrap();
    assert!(
        out.status.code().unwrap_or(2) < 2,
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn api_matches_cli_rejects_bad_input_and_serves_articles() {
    let tmp = tempfile::tempdir().unwrap();
    let index = tmp.path().join("index");
    build_index(&index);
    let server = start(&index);
    let a = server.addr.as_str();

    // The same parameters give the same JSON as `search --json --facets`.
    let cases: &[(&str, &[&str])] = &[
        ("", &[]),
        ("q=killed", &["killed"]),
        (
            "q=police+attack&sort=date",
            &["police attack", "--sort", "date"],
        ),
        (
            "group=TTP&from=2023&to=2023-06",
            &["--group", "TTP", "--from", "2023", "--to", "2023-06"],
        ),
        (
            "province=Sindh&province=khyber+pakhtunkhwa&sort=deaths&limit=2&offset=1",
            &[
                "--province",
                "Sindh",
                "--province",
                "khyber pakhtunkhwa",
                "--sort",
                "deaths",
                "--limit",
                "2",
                "--offset",
                "1",
            ],
        ),
        (
            "country=pakistan&min_deaths=8&max_deaths=100",
            &[
                "--country",
                "pakistan",
                "--min-deaths",
                "8",
                "--max-deaths",
                "100",
            ],
        ),
        ("q=nothingmatchesthis", &["nothingmatchesthis"]),
    ];
    for (query, args) in cases {
        let (status, api) = get_json(a, &format!("/api/search?{query}"));
        assert_eq!(status, 200, "{query}: {api}");
        assert_eq!(api, cli_search(&index, args), "{query}");
        assert!(
            api["facets"]["deaths"].is_object(),
            "{query}: facets included"
        );
    }

    // Bad parameters: 400 with a JSON error.
    for bad in [
        "from=2023-13",
        "to=soon",
        "from=2024&to=2023",
        "min_deaths=-3",
        "max_deaths=x",
        "min_deaths=10&max_deaths=2",
        "sort=random",
        "limit=1000000",
        "offset=abc",
        "nope=1",
        "q=%22unclosed",
        "q=title:",
    ] {
        let (status, v) = get_json(a, &format!("/api/search?{bad}"));
        assert_eq!(status, 400, "{bad}: {v}");
        assert!(
            v["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{bad}: {v}"
        );
    }
    let (status, v) = get_json(a, "/api/deaths?by=weather");
    assert_eq!((status, v["error"].is_string()), (400, true));
    let (status, v) = get_json(a, "/api/nothing-here");
    assert_eq!((status, v["error"].is_string()), (404, true));

    // Malformed requests do not take the server down.
    for junk in [
        &b"\x00\x01\x02 garbage\r\n\r\n"[..],
        b"GET /api/articles/%FF%FE HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
        b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: banana\r\n\r\n",
        b"GET /api/search",
    ] {
        let (status, _) = raw(a, junk);
        assert!(
            status == 0 || (400..500).contains(&status),
            "{status} for {}",
            String::from_utf8_lossy(junk)
        );
    }
    // Stray percent signs are taken literally (as form decoding does), never a 5xx.
    let (status, _) = raw(
        a,
        b"GET /api/search?q=%ZZ%% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert!(status == 200 || status == 400, "{status}");
    let long = format!("/api/search?q={}", "a%20".repeat(5000));
    let (status, _) = get(a, &long);
    assert!(status == 200 || status == 400 || status == 431, "{status}");
    assert_eq!(get_json(a, "/api/search?limit=1").0, 200, "still up");

    // One article in full.
    let (status, art) = get_json(a, "/api/articles/s3-004");
    assert_eq!(status, 200, "{art}");
    assert_eq!(art["id"], "s3-004");
    assert!(art["text"].as_str().unwrap().contains("Dera Ismail Khan"));
    assert_eq!(art["deaths"], 23);
    assert_eq!(art["groups"][0]["name"], "Tehrik-i-Taliban Pakistan");
    assert_eq!(art["places"][0]["province"], "Khyber Pakhtunkhwa");
    let evidence = art["evidence"].as_array().unwrap();
    assert!(evidence.iter().any(|e| e["facet"] == "deaths"));
    let segments = art["segments"].as_array().unwrap();
    let joined: String = segments
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        joined,
        format!(
            "{}\n\n{}",
            art["title"].as_str().unwrap(),
            art["text"].as_str().unwrap()
        )
    );
    assert!(segments
        .iter()
        .any(|s| s["span"].is_array() && s["text"].as_str().unwrap().contains("23")));
    let (status, v) = get_json(a, "/api/articles/no-such-id");
    assert_eq!((status, v["error"].is_string()), (404, true));
    let (status, _) = get_json(a, "/api/articles/s3%2D001");
    assert_eq!(status, 200, "percent-encoded ids are decoded");

    // Deaths per province for TTP in 2023: Khyber Pakhtunkhwa first (85 + 23).
    let (status, d) = get_json(
        a,
        "/api/deaths?by=province&group=Tehrik-i-Taliban+Pakistan&from=2023&to=2023",
    );
    assert_eq!(status, 200, "{d}");
    let rows = d["rows"].as_array().unwrap();
    assert_eq!(rows[0]["name"], "Khyber Pakhtunkhwa");
    assert_eq!(rows[0]["country"], "Pakistan");
    assert_eq!(rows[0]["articles"], 2);
    let total: u64 = rows.iter().map(|r| r["deaths"].as_u64().unwrap()).sum();
    let search = cli_search(
        &index,
        &[
            "--group",
            "Tehrik-i-Taliban Pakistan",
            "--from",
            "2023",
            "--to",
            "2023",
        ],
    );
    assert_eq!(
        total,
        search["facets"]["deaths"]["total"].as_u64().unwrap(),
        "one province per article of that file, so the sums add up"
    );

    // The page and its assets are served from the binary.
    let (status, html) = get(a, "/");
    assert_eq!(status, 200);
    assert!(html.contains("<script src=\"/app.js\">") && !html.contains("https://"));
    for asset in ["/app.js", "/app.css"] {
        let (status, body) = get(a, asset);
        assert_eq!(status, 200, "{asset}");
        assert!(body.len() > 1000, "{asset}");
    }
}
