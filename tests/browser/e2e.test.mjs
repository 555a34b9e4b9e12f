// End-to-end test of `newsfacet serve` in headless Chromium (Debian's package, driven by
// playwright-core). It indexes the bundled sample (sample/articles-2023-pakistan.jsonl holds four
// TTP attacks of 2023, so the question "which provinces had the most deaths from TTP attacks in
// 2023?" has an answer), starts `serve` on a free loopback port, and clicks through a
// search as a person would. Screenshots go to tests/browser/screenshots/ (git-ignored).
//
// Run: (cd tests/browser && npm ci && npm test); NEWSFACET_BIN overrides the binary
// (default: ../../target/debug/newsfacet, built by `cargo build`).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, existsSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const bin = process.env.NEWSFACET_BIN || join(root, "target/debug/newsfacet");
const shots = join(here, "screenshots");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

let work, server, base, context, page;

function startServer(index) {
  return new Promise((ok, fail) => {
    const child = spawn(bin, ["serve", "--index", index, "--addr", "127.0.0.1:0"], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    const timer = setTimeout(() => fail(new Error("serve did not start in 30 s: " + out)), 30_000);
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/serving (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); ok({ child, url: m[1] }); }
    });
    child.on("exit", (code) => { clearTimeout(timer); fail(new Error(`serve exited with ${code}: ${out}`)); });
  });
}

async function api(path) {
  const r = await fetch(base + path);
  assert.equal(r.status, 200, `${path}: ${r.status}`);
  return r.json();
}

// Waits until no request is in flight and the summary shows `total` articles.
async function settled(total) {
  await page.waitForFunction((t) => {
    const s = document.getElementById("summary").textContent;
    return !document.body.classList.contains("loading") && s.startsWith(`${t.toLocaleString("en")} article`);
  }, total, { timeout: 15_000 });
}

async function shot(name) {
  await page.screenshot({ path: join(shots, name + ".png"), fullPage: true });
}

before(async () => {
  assert.ok(existsSync(bin), `no newsfacet binary at ${bin}: run cargo build first`);
  work = mkdtempSync(join(tmpdir(), "newsfacet-e2e-"));
  mkdirSync(shots, { recursive: true });
  const sample = join(root, "sample");
  assert.ok(readdirSync(sample).some((f) => f.endsWith(".jsonl")), "no bundled sample");
  const inputs = [sample];
  execFileSync(bin, ["index", ...inputs, "--index", join(work, "index"), "--quiet"], { stdio: "inherit" });
  ({ child: server, url: base } = await startServer(join(work, "index")));
  context = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
  });
  page = context.pages()[0] || await context.newPage();
  page.on("pageerror", (e) => { throw e; });
});

after(async () => {
  if (context) await context.close();
  if (server) server.kill("SIGTERM");
  if (work) rmSync(work, { recursive: true, force: true });
});

test("search, facet, date range, deaths by province, article view", async () => {
  const all = await api("/api/search?limit=0");
  await page.goto(base + "/");
  await settled(all.total);
  assert.ok(await page.locator("#timeline svg .bar").count() > 12, "timeline drawn");
  assert.ok(await page.locator("#facet-group li input").count() > 0, "group facet listed");

  // 1. A text search: hits with the query words highlighted.
  await page.fill("#q", "bomb");
  await page.keyboard.press("Enter");
  const bomb = await api("/api/search?q=bomb&limit=0");
  await settled(bomb.total);
  assert.ok(bomb.total > 0 && bomb.total < all.total);
  assert.ok(await page.locator("#results .hit").count() > 0);
  assert.ok(await page.locator("#results .snippet mark").count() > 0, "snippets highlight the query");
  assert.match(page.url(), /q=bomb/);
  await shot("1-search");

  // 2. Back to everything, then click the TTP group facet.
  await page.fill("#q", "");
  await page.keyboard.press("Enter");
  await settled(all.total);
  const ttpName = "Tehrik-i-Taliban Pakistan";
  const ttp = await api("/api/search?group=" + encodeURIComponent(ttpName) + "&limit=0");
  await page.locator("#facet-group label", { hasText: ttpName }).click();
  await settled(ttp.total);
  assert.equal(await page.locator("#facet-group li.on").count(), 1);
  assert.ok(await page.locator(".chip", { hasText: ttpName }).isVisible());
  // The province facet counts followed the filter.
  const pageProvinces = await page.locator("#facet-province li .count").allTextContents();
  assert.deepEqual(pageProvinces.map(Number), ttp.facets.province.slice(0, pageProvinces.length).map((p) => p.count));

  // 3. Narrow the date range to 2023 (the year button), then with the month control.
  await page.locator("#years button", { hasText: "2023" }).click();
  const q2023 = "group=" + encodeURIComponent(ttpName) + "&from=2023&to=2023";
  const ttp2023 = await api("/api/search?" + q2023 + "&limit=0");
  await settled(ttp2023.total);
  assert.ok(ttp2023.total >= 4, "the sample's four 2023 TTP attacks match");
  // Which provinces had the most deaths from TTP attacks in 2023? The table answers.
  const expected = await api("/api/deaths?by=province&" + q2023);
  const firstRow = page.locator("#tolls tbody tr").first();
  const cells = await firstRow.locator("td").allTextContents();
  assert.match(cells[0], new RegExp("^" + expected.rows[0].name));
  assert.equal(Number(cells[1].replace(/,/g, "")), expected.rows[0].deaths);
  assert.equal(expected.rows[0].name, "Khyber Pakhtunkhwa", "KP leads in the sample");
  const hitCount = await page.locator("#results .hit").count();
  assert.equal(hitCount, Math.min(10, ttp2023.total));
  for (const d of await page.locator("#results .hit .date").allTextContents()) assert.match(d, /^2023-/);
  await shot("2-ttp-2023");

  await page.fill("#from", "2023-06");
  await page.dispatchEvent("#from", "change");
  const h2 = await api("/api/search?group=" + encodeURIComponent(ttpName) + "&from=2023-06&to=2023&limit=0");
  await settled(h2.total);
  assert.ok(h2.total < ttp2023.total, "a later start leaves fewer articles");
  assert.ok(await page.locator("#timeline .bar.sel").count() >= 6, "the selected months are marked");

  // 4. Open an article: facets, evidence, highlighted sentences.
  const first = page.locator("#results .hit a.title").first();
  const title = await first.textContent();
  await first.click();
  await page.waitForSelector("#article:not([hidden]) .ev-span");
  assert.equal(await page.textContent("#a-title"), title);
  assert.ok(await page.locator("#a-evidence li").count() > 0, "evidence listed");
  assert.ok(await page.locator("#a-text mark.ev-sentence").count() > 0, "evidence sentences highlighted");
  assert.match(await page.textContent("#a-facets"), /Tehrik-i-Taliban Pakistan/);
  assert.match(page.url(), /article=/);
  await shot("3-article");
  await page.keyboard.press("Escape");
  await page.waitForSelector("#article", { state: "hidden" });

  // 5. Paging on the full set.
  await page.locator("#clear").click();
  await settled(all.total);
  if (all.total > 10) {
    await page.locator("#pager button", { hasText: "Next" }).click();
    await page.waitForFunction(() => document.querySelector("#pager .page")?.textContent.startsWith("Page 2"));
    assert.match(page.url(), /offset=10/);
  }

  // 6. A narrow screen: filters fold away behind a button, nothing overflows sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(base + "/?" + q2023);
  await settled(ttp2023.total);
  assert.ok(await page.locator("#toggle-filters").isVisible());
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page overflows a narrow screen by ${overflow}px`);
  await shot("4-narrow");
});
