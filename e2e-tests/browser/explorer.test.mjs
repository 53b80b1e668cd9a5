// The Explorer in a real browser (Debian's Chromium, headless) against a running indexer whose index holds the
// seed article. EXPLORER_URL points at the page; SCREENSHOTS, when set, is where the main views are saved.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const EXPLORER = process.env.EXPLORER_URL ?? "http://127.0.0.1:8083/explorer/";
const SCREENSHOTS = process.env.SCREENSHOTS;
const SEED_TITLE = "Azerbaijani, Russian FMs give joint press conference in Baku";
let browser;
let context;
const requests = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on("request", (request) => requests.push(request.url()));
  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
});

async function shot(page, name) {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

test("a search for Caspian finds the seed article, with counts, timeline and languages", async () => {
  const page = await context.newPage();
  await page.goto(EXPLORER);
  await page.getByLabel("Words").fill("Caspian");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: SEED_TITLE }).waitFor();
  assert.match(await page.getByRole("status").textContent(), /^\d+ articles?$/);
  assert.ok(await page.locator(".snippet mark").count() > 0, "the snippet highlights the query");
  assert.equal(await page.getByRole("img", { name: /Articles per day/ }).count(), 1);
  const languages = page.locator("figure.shares", { hasText: "Languages" });
  assert.equal(await languages.getByRole("button", { name: /^en\b/ }).count(), 1);
  await shot(page, "explorer-search");
  await page.close();
});

test("the seed article shows Lavrov's and Bayramov's statements highlighted with their speakers", async () => {
  const page = await context.newPage();
  await page.goto(`${EXPLORER}#/articles?q=Caspian`);
  await page.getByRole("link", { name: SEED_TITLE }).click();
  await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  const lavrov = page.locator('mark.statement[data-speaker="Sergey Lavrov"]');
  const bayramov = page.locator('mark.statement[data-speaker="Jeyhun Bayramov"]');
  assert.ok(await lavrov.count() >= 10, `Lavrov's statements: ${await lavrov.count()}`);
  assert.ok(await bayramov.count() >= 10, `Bayramov's statements: ${await bayramov.count()}`);
  assert.equal(await lavrov.first().locator(".speaker").textContent(), "Sergey Lavrov");
  assert.ok(await page.locator("mark.statement.direct").count() > 0, "quotes are marked");
  assert.ok(await page.locator("mark.statement.indirect").count() > 0, "reported speech is marked");
  const direct = await page.locator("mark.statement.direct").first().evaluate((e) => getComputedStyle(e).backgroundColor);
  const indirect = await page.locator("mark.statement.indirect").first().evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(direct, indirect, "quotes and reported speech look different");
  assert.match(await page.getByRole("region", { name: "Removed boilerplate" }).textContent(), /Bütün xəbərlər/);
  assert.doesNotMatch(await page.locator(".body").textContent(), /Bütün xəbərlər/);
  assert.match(await page.locator(".metadata").textContent(), /en \(confidence/);
  await shot(page, "explorer-article");
  await page.close();
});

test("statements filter by speaker, grouped under the speaker with title and affiliation", async () => {
  const page = await context.newPage();
  await page.goto(`${EXPLORER}#/statements`);
  await page.getByRole("button", { name: /Sergey Lavrov/ }).first().click();
  await page.getByRole("status").filter({ hasText: "by Sergey Lavrov" }).waitFor();
  const groups = page.locator("section.speaker h2");
  assert.equal(await groups.count(), 1);
  assert.match(await groups.first().textContent(), /Sergey Lavrov.*Minister of Foreign Affairs, Russia/);
  assert.ok(await page.locator("li.statement").count() >= 10);
  await page.getByLabel("Words").fill("Caspian");
  await page.getByLabel("Words").press("Enter");
  await page.getByRole("status").filter({ hasText: /^\d+ statements? by Sergey Lavrov$/ }).waitFor();
  await page.goto(`${EXPLORER}#/statements`);
  await page.locator("section.speaker").first().waitFor();
  await shot(page, "explorer-statements");
  await page.close();
});

test("keyboard only: search from the keyboard and open a result", async () => {
  const page = await context.newPage();
  await page.goto(EXPLORER);
  await page.locator("#f-q").waitFor();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter"); // the skip link
  for (let i = 0; i < 10 && await page.evaluate(() => document.activeElement?.id) !== "f-q"; i++) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), "f-q");
  await page.keyboard.type("Lavrov");
  await page.keyboard.press("Enter");
  const result = page.getByRole("link", { name: SEED_TITLE });
  await result.waitFor();
  await result.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  await page.close();
});

test("fits a phone screen without sideways scrolling", async () => {
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  phone.on("request", (request) => requests.push(request.url()));
  const page = await phone.newPage();
  for (const view of ["#/articles?q=Caspian", "#/statements"]) {
    await page.goto(EXPLORER + view);
    await page.getByRole("status").filter({ hasText: /\d/ }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${view} is ${overflow}px wider than the phone`);
  }
  await page.goto(`${EXPLORER}#/articles?q=Caspian`);
  await page.getByRole("link", { name: SEED_TITLE }).click();
  await page.locator("mark.statement").first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the article is ${overflow}px wider than the phone`);
  await shot(page, "explorer-phone");
  await phone.close();
});

test("makes no request to any other origin", () => {
  const origin = new URL(EXPLORER).origin;
  const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"));
  assert.ok(requests.length > 0);
  assert.deepEqual(foreign, []);
});
