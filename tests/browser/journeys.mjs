// Browser journeys for Dialogues: what tests/browser.rs runs in headless Chromium.
//
// It drives the real server through whole journeys as its users would (administrator,
// supervisor, training manager, facilitator, learner), once with JavaScript and once without,
// runs axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page it reaches, checks the
// error paths for the GOV.UK error summary and the field's message, and operates the session
// runner with the keyboard alone. Every failure is collected and printed with its page; a
// screenshot of the page goes to the artefacts folder.
//
// It must never talk to any host but the test server, print a password, or disable an axe rule
// to make a page pass. Its input is one JSON document in the BROWSER_TEST_CONFIG variable:
// { chromium, artefacts, runs: [{ mode: "js" | "no-js", base, admin: { email, password } }] }.

import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import axe from "axe-core";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const config = JSON.parse(process.env.BROWSER_TEST_CONFIG ?? "{}");

/** A failed expectation. */
class Failure extends Error {}

function expect(condition, message) {
  if (!condition) throw new Failure(message);
}

/** A date `days` from today, as { day, month, year, iso }. */
function dateFromToday(days) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  const iso = d.toISOString().slice(0, 10);
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()), iso };
}

/** One run of every journey against one server, with JavaScript on or off. */
class Run {
  constructor(browser, settings) {
    this.browser = browser;
    this.mode = settings.mode;
    this.js = settings.mode === "js";
    this.base = settings.base;
    this.admin = settings.admin;
    this.violations = [];
    this.problems = [];
    this.pagesChecked = 0;
    this.axeMillis = 0;
    this.contexts = [];
    this.screenshots = 0;
  }

  /** A new person at a new browser: own cookies, this run's JavaScript setting. */
  async person(label) {
    const context = await this.browser.newContext({
      baseURL: this.base,
      javaScriptEnabled: this.js,
      locale: "en-GB",
      viewport: { width: 1024, height: 900 },
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10000);
    page.setDefaultNavigationTimeout(15000);
    this.watch(page, label);
    return page;
  }

  /** Another tab in the same browser as `page`. */
  async tab(page, label) {
    const other = await page.context().newPage();
    other.setDefaultTimeout(10000);
    other.setDefaultNavigationTimeout(15000);
    this.watch(other, label);
    return other;
  }

  watch(page, label) {
    page.label = label;
    page.on("pageerror", (error) => this.problems.push(`${this.mode} ${label} ${page.url()}: script error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) {
        this.problems.push(`${this.mode} ${label} ${page.url()}: ${message.text()}`);
      }
    });
  }

  /**
   * Where axe runs for a page seen with JavaScript off. A page that cannot run scripts cannot
   * run axe either (its timers never fire), so the page's HTML, exactly as the browser holds
   * it, is shown at the same address in a second page whose own scripts are all blocked: the
   * same document, as a browser without JavaScript renders it, with only axe running.
   */
  async auditTarget() {
    if (!this.auditPage) {
      const context = await this.browser.newContext({ locale: "en-GB", viewport: { width: 1024, height: 900 } });
      this.contexts.push(context);
      await context.route("**/*", (route) => {
        const request = route.request();
        if (request.isNavigationRequest()) return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: this.pendingHtml });
        if (request.resourceType() === "script") return route.abort();
        return route.continue();
      });
      this.auditPage = await context.newPage();
      this.auditPage.label = "axe-without-javascript";
    }
    return this.auditPage;
  }

  /** Runs axe on the page as it is now and records every violation. */
  async audit(page, { needsStyles = true } = {}) {
    await page.waitForLoadState("load");
    const started = Date.now();
    let target = page;
    if (!this.js) {
      this.pendingHtml = await page.content();
      target = await this.auditTarget();
      await target.goto(page.url());
    }
    const results = await target.evaluate(async ({ source, tags }) => {
      // Evaluated by the browser's debugging protocol, which the page's Content-Security-Policy
      // does not govern.
      if (!window.axe) (0, eval)(source);
      const styled = [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0);
      const found = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return { styled, violations: found.violations };
    }, { source: axe.source, tags: WCAG_TAGS });
    // Colour contrast can only be judged on the page as styled.
    expect(!needsStyles || results.styled, `the styles of ${page.url()} did not load, so axe could not judge it`);
    this.pagesChecked += 1;
    this.axeMillis += Date.now() - started;
    const where = new URL(page.url()).pathname + new URL(page.url()).search;
    for (const v of results.violations) {
      this.violations.push({
        mode: this.mode,
        page: where,
        title: await page.title(),
        rule: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 8),
      });
    }
  }

  /** Opens a path and checks the page. */
  async go(page, path) {
    const response = await page.goto(path);
    await this.audit(page);
    return response;
  }

  /** Clicks something that loads a new page (a link or a submit button), then checks it. */
  async follow(page, locator) {
    const before = page.url();
    const [response] = await Promise.all([
      page.waitForNavigation({ waitUntil: "load" }),
      locator.click(),
    ]);
    expect(response !== null || page.url() !== before, `${locator} did not load a page`);
    await this.audit(page);
    return response;
  }

  /** Presses a key that loads a new page, then checks it. */
  async press(page, key) {
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.keyboard.press(key)]);
    await this.audit(page);
  }

  /** Expects the GOV.UK error pattern: a summary whose link goes to `field`, and its message. */
  async expectError(page, field, what) {
    const summary = page.locator(".govuk-error-summary");
    expect(await summary.count() === 1, `${what}: no error summary on ${page.url()}`);
    const link = summary.locator(`a[href="#${field}"]`);
    expect(await link.count() >= 1, `${what}: the error summary has no link to #${field}`);
    const message = page.locator(`#${field}-error.govuk-error-message`);
    expect(await message.count() === 1, `${what}: no message beside #${field}`);
    expect((await message.innerText()).trim().length > 10, `${what}: the message beside #${field} is empty`);
    expect((await page.title()).startsWith("Error:"), `${what}: the title does not start with "Error:"`);
    if (this.js) {
      // govuk-frontend moves focus to the summary so screen readers announce it.
      const focused = await page.evaluate(() => document.activeElement?.classList.contains("govuk-error-summary"));
      expect(focused, `${what}: the error summary did not take focus`);
    }
  }

  async heading(page) {
    return (await page.locator("h1").first().innerText()).trim();
  }

  async screenshot(page, name) {
    if (!config.artefacts || page.isClosed()) return;
    this.screenshots += 1;
    const file = path.join(config.artefacts, `${this.mode}-${String(this.screenshots).padStart(2, "0")}-${name}.png`);
    try {
      await page.screenshot({ path: file, fullPage: true });
      console.log(`  screenshot: ${file}`);
    } catch (e) {
      console.log(`  (no screenshot: ${e.message})`);
    }
  }

  /** Runs a journey; a failure is recorded with a screenshot of every open page. */
  async journey(name, fn) {
    const started = Date.now();
    try {
      await fn();
      console.log(`ok   ${this.mode} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return true;
    } catch (error) {
      const message = error instanceof Failure ? error.message : error.stack ?? String(error);
      this.problems.push(`${this.mode} ${name}: ${message}`);
      console.log(`FAIL ${this.mode} ${name}: ${message}`);
      for (const context of this.contexts) {
        for (const page of context.pages()) {
          await this.screenshot(page, `${name.replace(/[^a-z0-9]+/gi, "-")}-${page.label ?? "page"}`);
        }
      }
      return false;
    }
  }

  async close() {
    for (const context of this.contexts) await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Steps

async function signIn(run, page, email, password) {
  await run.go(page, "/sign-in");
  await page.fill("#email", email);
  await page.fill("#password", password);
  await run.follow(page, page.locator('form[action="/sign-in"] button[type="submit"]'));
  expect(!new URL(page.url()).pathname.startsWith("/sign-in"), `${email} could not sign in: ${await run.heading(page)}`);
}

async function signOut(run, page) {
  await run.follow(page, page.locator('form[action="/sign-out"] button'));
  expect(new URL(page.url()).pathname === "/signed-out", "signing out did not reach the signed-out page");
}

/** The administrator adds a person in the browser; returns the one-time link's path. */
async function addPerson(run, page, { name, email, roles, supervisors = [] }) {
  await run.follow(page, page.locator('a[href="/admin/accounts/new"]'));
  await page.fill("#name", name);
  await page.fill("#email", email);
  for (const role of roles) await page.check(`input[name="role"][value="${role}"]`);
  for (const s of supervisors) await page.getByLabel(s, { exact: false }).check();
  await run.follow(page, page.locator('form[action="/admin/accounts/new"] button[type="submit"]'));
  const link = (await page.locator("#activation-link").innerText()).trim();
  expect(link.includes("/activate/"), `no activation link for ${email}`);
  const target = new URL(link).pathname;
  await run.follow(page, page.locator('main a[href="/admin/accounts"]'));
  return target;
}

async function activate(run, page, link, email, password, { tryMismatch = false } = {}) {
  await run.go(page, link);
  if (tryMismatch) {
    await page.fill("#password", password);
    await page.fill("#confirm_password", `${password} typo`);
    await run.follow(page, page.locator('main form button[type="submit"]'));
    await run.expectError(page, "confirm_password", "activation with a mismatched confirmation");
  }
  await page.fill("#password", password);
  await page.fill("#confirm_password", password);
  await run.follow(page, page.locator('main form button[type="submit"]'));
  expect(page.url().includes("/sign-in?activated=1"), `activation of ${email} did not lead to sign-in`);
  await page.fill("#email", email);
  await page.fill("#password", password);
  await run.follow(page, page.locator('form[action="/sign-in"] button[type="submit"]'));
  expect(new URL(page.url()).pathname === "/", `${email} could not sign in after activating`);
}

/** Presses Tab (at most `limit` times) until the focused element matches `selector`. */
async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Failure(`${selector} cannot be reached with the Tab key on ${page.url()}`);
}

// ---------------------------------------------------------------------------------------------
// The journeys, in the order an organisation lives them

async function journeys(run) {
  const password = (n) => `marble orchard kettle drift ${n} ${run.mode}`;
  const people = {
    sue: { name: "Sue Super", email: "sue@example.org", roles: ["supervisor"] },
    tia: { name: "Tia Trainer", email: "tia@example.org", roles: ["training-manager"] },
    sam: { name: "Sam Jones", email: "sam@example.org", roles: ["facilitator"], supervisors: ["Sue Super"] },
  };
  const links = {};
  const pages = {};
  const state = {};

  const ok = await run.journey("administrator sets up accounts", async () => {
    const page = await run.person("administrator");
    pages.admin = page;
    await run.go(page, "/");
    expect(await page.locator('a[href="/sign-in"]').count() >= 1, "the start page of a set-up organisation offers no sign-in");
    await run.follow(page, page.locator('main a[href="/sign-in"]'));
    // Wrong password: the error pattern, and the email typed is kept.
    await page.fill("#email", run.admin.email);
    await page.fill("#password", "not the right password at all");
    await run.follow(page, page.locator('form[action="/sign-in"] button[type="submit"]'));
    await run.expectError(page, "email", "sign-in with a wrong password");
    expect(await page.inputValue("#email") === run.admin.email, "the email typed was lost after a wrong password");
    expect(await page.inputValue("#password") === "", "a refused password was sent back into the page");
    await page.fill("#password", run.admin.password);
    await run.follow(page, page.locator('form[action="/sign-in"] button[type="submit"]'));
    expect(new URL(page.url()).pathname === "/", "the administrator could not sign in");

    await run.follow(page, page.locator('header a[href="/admin/accounts"]'));
    // A missing field: the error pattern, and what was typed is kept.
    await run.follow(page, page.locator('a[href="/admin/accounts/new"]'));
    await page.fill("#email", "someone@example.org");
    await page.check('input[name="role"][value="facilitator"]');
    await run.follow(page, page.locator('form[action="/admin/accounts/new"] button[type="submit"]'));
    await run.expectError(page, "name", "adding a person without a name");
    expect(await page.inputValue("#email") === "someone@example.org", "the email typed was lost");
    expect(await page.isChecked('input[name="role"][value="facilitator"]'), "the role ticked was lost");
    await run.follow(page, page.locator('main a[href="/admin/accounts"]'));

    links.sue = await addPerson(run, page, people.sue);
    links.tia = await addPerson(run, page, people.tia);
    links.sam = await addPerson(run, page, people.sam);
    expect(await page.locator("main table").innerText().then((t) => t.includes("Sam Jones")), "Sam is not listed in the accounts");
    await signOut(run, page);
  });
  if (!ok) return;

  const activated = await run.journey("people activate their accounts", async () => {
    pages.sue = await run.person("supervisor");
    pages.tia = await run.person("training-manager");
    pages.sam = await run.person("facilitator");
    await activate(run, pages.sam, links.sam, people.sam.email, password(3), { tryMismatch: true });
    await activate(run, pages.sue, links.sue, people.sue.email, password(2));
    await activate(run, pages.tia, links.tia, people.tia.email, password(4));
  });
  if (!activated) return;

  const trained = await run.journey("training manager imports records", async () => {
    const page = pages.tia;
    await run.follow(page, page.locator('header a[href="/training/staff"]'));
    await run.follow(page, page.locator('main a[href="/training/import"]'));
    const header = "email,requirement,module,completed_on,score,evidence\n";
    const when = dateFromToday(-30).iso;
    // A file with a wrong row: nothing is imported and the row is named.
    await page.setInputFiles("#file", {
      name: "training.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`${header}${people.sam.email},aspects,,${when},,Register\n${people.sam.email},elearning-dd,dd-1,${when},120,\n`),
    });
    await run.follow(page, page.locator('form[action="/training/import"] button[type="submit"]'));
    await run.expectError(page, "file", "importing a file with a score above 100");
    expect((await page.locator("main table").first().innerText()).includes("3"), "the problem's line number is not shown");
    const rows = [
      ["aspects", "", ""],
      ["elearning-understanding", "understanding-1", "90"],
      ["elearning-understanding", "understanding-2", "85"],
      ["elearning-dd", "dd-1", "88"],
      ["elearning-dd", "dd-2", "92"],
      ["dd-face-to-face", "", ""],
    ];
    await page.setInputFiles("#file", {
      name: "training.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(header + rows.map(([r, m, s]) => `${people.sam.email},${r},${m},${when},${s},Imported in the browser test\n`).join("")),
    });
    await run.follow(page, page.locator('form[action="/training/import"] button[type="submit"]'));
    expect(await page.locator(".govuk-error-summary").count() === 0, `the good file was refused: ${await page.locator("main").innerText()}`);
    expect(await page.locator(".govuk-notification-banner--success").count() === 1, "no confirmation after the import");
    await run.follow(page, page.locator('main a[href="/training/staff"]'));
  });
  if (!trained) return;

  await run.journey("facilitator runs a session", async () => {
    const page = pages.sam;
    await run.follow(page, page.locator('header a[href="/cases"]'));
    await run.follow(page, page.locator('main a[href="/cases/new"]'));
    // Missing fields: every one named, and what was typed is kept.
    await page.fill("#number", "A1234BC");
    await run.follow(page, page.locator("main form button[type=submit]"));
    await run.expectError(page, "name", "opening a case without a name");
    expect(await page.inputValue("#number") === "A1234BC", "the prison number typed was lost");
    await page.fill("#name", "Alex Example");
    await page.fill("#date_of_birth-day", "3");
    await page.fill("#date_of_birth-month", "2");
    await page.fill("#date_of_birth-year", "1990");
    await page.check("#setting-custody");
    await run.follow(page, page.locator("main form button[type=submit]"));
    state.reference = (await run.heading(page)).trim();
    expect(/^DD-[A-Z0-9]+$/.test(state.reference), `the case page's heading is not a reference: ${state.reference}`);

    await run.follow(page, page.locator(`main a[href="/cases/${state.reference}/sessions/new"]`));
    await page.locator('input[name="module"]').first().check();
    await run.follow(page, page.locator("main form button[type=submit]"));
    expect(/\/sessions\/[^/]+\/plan$/.test(new URL(page.url()).pathname), "choosing a module did not lead to the plan");
    state.session = new URL(page.url()).pathname.split("/")[2];
    const next = dateFromToday(1);
    await page.fill("#planned-day", next.day);
    await page.fill("#planned-month", next.month);
    await page.fill("#planned-year", next.year);
    await page.fill("#place", "Interview room 2");
    for (const box of await page.locator('input[name="check"]').all()) await box.check();
    await run.follow(page, page.locator("main form button[type=submit]"));
    expect(new URL(page.url()).pathname === `/sessions/${state.session}`, "saving the plan did not lead to the session");
    await run.follow(page, page.locator(`form[action="/sessions/${state.session}/begin"] button`));
    expect(new URL(page.url()).pathname.includes("/stages/"), "starting the session did not open its first stage");

    // Stage by stage. On the first, the notes save themselves while typing (with JavaScript)
    // and are still there after a reload.
    const typed = {};
    let stage = 0;
    for (;;) {
      stage += 1;
      const id = new URL(page.url()).pathname.split("/").pop();
      const text = `Stage ${stage} notes: talked about what matters to Alex this week.`;
      typed[id] = text;
      if (stage === 1 && run.js) {
        await page.locator("#notes").pressSequentially(text.slice(0, 20));
        await page.locator("#notes").fill(text);
        await page.locator("#save-status").getByText(/Saved at/).waitFor({ timeout: 10000 });
        await page.reload();
        await run.audit(page);
        expect(await page.inputValue("#notes") === text, "the autosaved notes were not there after a reload");
      } else {
        await page.fill("#notes", text);
      }
      if (stage === 2) {
        // Raise a concern from the stage: a missing field first, then the concern.
        await page.fill("#notes", text);
        await run.follow(page, page.locator('main form button[name="go"][value="leave"]'));
        await run.go(page, `/sessions/${state.session}/stages/${id}`);
        await run.follow(page, page.locator(`main a[href^="/cases/${state.reference}/concerns/new"]`));
        await run.follow(page, page.locator("main form button[type=submit]"));
        await run.expectError(page, "what", "raising a concern without saying what happened");
        await page.fill("#what", "Alex spoke about a named person with anger and said they would not let it rest.");
        await page.fill("#action_taken", "Told the duty officer at once.");
        await run.follow(page, page.locator("main form button[type=submit]"));
        expect(await page.locator("#reporting-route").count() === 1, "the reporting route is not shown after raising the concern");
        await run.follow(page, page.locator(`main a[href="/sessions/${state.session}/stages/${id}"]`));
        expect(await page.inputValue("#notes") === text, "the stage's notes were not kept around the concern");
      }
      const last = await page.locator('main form button[name="go"][value="close"]').count();
      if (last) {
        await run.follow(page, page.locator('main form button[name="go"][value="close"]'));
        break;
      }
      await run.follow(page, page.locator('main form button[name="go"][value="next"]'));
      expect(stage < 20, "the stages never end");
    }
    expect(new URL(page.url()).pathname === `/sessions/${state.session}/close`, "the last stage did not lead to closing");
    state.stages = Object.keys(typed);
    state.typed = typed;

    // Every stage kept its notes.
    await run.go(page, `/sessions/${state.session}/stages/${state.stages[state.stages.length - 1]}`);
    expect(await page.inputValue("#notes") === typed[state.stages[state.stages.length - 1]], "the last stage's notes were lost");
    await run.follow(page, page.locator('main form button[name="go"][value="close"]'));

    await run.follow(page, page.locator("main form button[type=submit]"));
    await run.expectError(page, "summary", "closing a session without a summary");
    await page.fill("#summary", "Alex took part well and talked openly about the week.");
    await page.locator('input[name="engagement"]').first().check();
    await page.fill("#actions", "Meet again next week.");
    await run.follow(page, page.locator("main form button[type=submit]"));
    expect(new URL(page.url()).pathname === `/sessions/${state.session}`, "closing did not lead to the session");
    await run.follow(page, page.locator(`form[action="/sessions/${state.session}/submit"] button`));
    expect(await page.locator(`form[action="/sessions/${state.session}/submit"]`).count() === 0, "the session can still be submitted after submitting");
  });

  await run.journey("two tabs editing one stage get a conflict", async () => {
    const page = pages.sam;
    expect(state.reference, "no case to plan a second session on");
    await run.go(page, `/cases/${state.reference}`);
    await run.follow(page, page.locator(`main a[href="/cases/${state.reference}/sessions/new"]`));
    await page.locator('input[name="module"]').first().check();
    await run.follow(page, page.locator("main form button[type=submit]"));
    const session = new URL(page.url()).pathname.split("/")[2];
    await run.go(page, `/sessions/${session}`);
    await run.follow(page, page.locator(`form[action="/sessions/${session}/begin"] button`));
    const stageUrl = new URL(page.url()).pathname;
    const other = await run.tab(page, "facilitator-second-tab");
    await run.go(other, stageUrl);
    await page.locator("#notes").fill("Written in the first tab.");
    await run.follow(page, page.locator('main form button[name="go"][value="leave"]'));
    await other.locator("#notes").fill("Written in the second tab.");
    await run.follow(other, other.locator('main form button[name="go"][value="leave"]'));
    await run.expectError(other, "notes", "saving a stage changed in another tab");
    expect(await other.inputValue("#notes") === "Written in the second tab.", "the second tab's text was lost in the conflict");
    expect((await other.locator("#saved-notes").innerText()).includes("Written in the first tab."), "the conflict does not show the saved text");
    // Saving again keeps the second tab's text, knowingly.
    await run.follow(other, other.locator('main form button[name="go"][value="leave"]'));
    expect(new URL(other.url()).pathname === `/sessions/${session}`, "saving again after the conflict did not save");
    await run.go(other, stageUrl);
    expect(await other.inputValue("#notes") === "Written in the second tab.", "the second save did not keep the second tab's text");
    await other.close();
    state.secondSession = session;
  });

  await run.journey("the session runner works with the keyboard alone", async () => {
    const page = pages.sam;
    const session = state.secondSession;
    expect(session, "no session in progress to run with the keyboard");
    await run.go(page, `/sessions/${session}`);
    // Reach "carry on with the session" and follow it with Enter.
    await tabTo(page, `main a[href^="/sessions/${session}/stages/"][role="button"]`);
    await run.press(page, "Enter");
    const first = new URL(page.url()).pathname;
    expect(first.includes("/stages/"), "Enter on 'carry on' did not open a stage");
    // Type notes, move to the next stage with Enter on its button.
    await tabTo(page, "#notes");
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Typed with the keyboard.");
    if (run.js) {
      // Typing saves by itself; let that save finish so the button's save follows it.
      await page.locator("#save-status").getByText(/Saved at/).waitFor();
    }
    await tabTo(page, 'button[name="go"][value="next"]');
    await run.press(page, "Enter");
    const second = new URL(page.url()).pathname;
    expect(second !== first && second.includes("/stages/"), "Enter on 'save and go to the next stage' did not move on");
    await tabTo(page, "#notes");
    await page.keyboard.type("Second stage, keyboard only.");
    if (run.js) await page.locator("#save-status").getByText(/Saved at/).waitFor();
    // Back a stage with Space on its button: both stages' notes are saved.
    await tabTo(page, 'button[name="go"][value="previous"]');
    await run.press(page, "Space");
    expect(new URL(page.url()).pathname === first, "Space on 'save and go back a stage' did not go back");
    expect((await page.inputValue("#notes")).endsWith("Typed with the keyboard."), "the notes typed with the keyboard were not saved");
    await run.go(page, second);
    expect(await page.inputValue("#notes") === "Second stage, keyboard only.", "the second stage's keyboard notes were not saved");
    // Every control can be seen when it has focus: the skip link comes first.
    await run.go(page, first);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("govuk-skip-link")), "the first Tab does not reach the skip link");
  });

  await run.journey("supervisor reviews, returns and signs off", async () => {
    const page = pages.sue;
    expect(state.session, "no submitted session to review");
    await run.follow(page, page.locator('header a[href="/review"]'));
    const main = await page.locator("main").innerText();
    expect(main.includes(state.reference), "the review page does not list the case");
    await run.follow(page, page.locator(`main a[href="/sessions/${state.session}"]`).first());
    // Returning needs a reason.
    await run.follow(page, page.locator(`form[action="/sessions/${state.session}/return"] button`));
    await run.expectError(page, "reason", "returning a session without a reason");
    await page.fill("#reason", "Please add what Alex said about the week's events to the summary.");
    await run.follow(page, page.locator(`form[action="/sessions/${state.session}/return"] button`));

    const sam = pages.sam;
    await run.go(sam, "/");
    expect((await sam.locator("#returned").count()) === 1, "the facilitator's start page does not show the returned session");
    await run.go(sam, `/sessions/${state.session}`);
    expect((await sam.locator("#returned").innerText()).includes("week's events"), "the return reason is not shown on the session");
    await run.go(sam, `/sessions/${state.session}/close`);
    await sam.fill("#summary", "Alex took part well and talked openly about the week's events.");
    await run.follow(sam, sam.locator("main form button[type=submit]"));
    await run.follow(sam, sam.locator(`form[action="/sessions/${state.session}/submit"] button`));

    await run.go(page, `/sessions/${state.session}`);
    await run.follow(page, page.locator(`form[action="/sessions/${state.session}/sign-off"] button`));
    expect(await page.locator(`form[action="/sessions/${state.session}/sign-off"]`).count() === 0, "the session can still be signed off");
    expect((await page.locator("main").innerText()).includes("Sue Super"), "the signed-off session does not say who signed it off");
  });

  await run.journey("formulation drafted, signed off, revised and compared", async () => {
    const page = pages.sam;
    expect(state.reference, "no case for a formulation");
    await run.go(page, `/cases/${state.reference}`);
    await run.follow(page, page.locator(`main a[href="/cases/${state.reference}/formulation"]`));
    await run.follow(page, page.locator(`form[action="/cases/${state.reference}/formulation/start"] button`));
    const version = new URL(page.url()).pathname;
    expect(version === `/cases/${state.reference}/formulation/1`, `starting did not open version 1: ${version}`);
    // Sending it incomplete lists what is missing.
    await run.follow(page, page.locator(`form[action="${version}/submit"] button`));
    const missing = await page.locator(".govuk-error-summary a").count();
    expect(missing > 5, "sending an empty formulation does not list what is missing");
    // Every factor, one page each, "save and go to the next factor".
    await run.follow(page, page.locator(`main a[href^="${version}/factors/"]`).first());
    let factors = 0;
    while (new URL(page.url()).pathname.startsWith(`${version}/factors/`)) {
      factors += 1;
      expect(factors < 60, "the factors never end");
      await page.locator('input[name="rating"]').nth(factors % 2).check();
      await page.fill("#evidence", `Evidence for factor ${factors}, from the sessions so far.`);
      const next = page.locator('main form button[name="go"][value="next"]');
      await run.follow(page, (await next.count()) ? next : page.locator('main form button[name="go"][value="back"]'));
    }
    expect(factors >= 10, `only ${factors} factor pages were reached`);
    for (const link of await page.locator(`main a[href^="${version}/domains/"]`).evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      await run.go(page, link);
      await page.fill("#judgement", "The judgement in the facilitator's own words.");
      await run.follow(page, page.locator("main form button[type=submit]"));
    }
    await run.go(page, `${version}/summary`);
    for (const box of await page.locator("main form textarea").all()) await box.fill("Written for the browser test.");
    await run.follow(page, page.locator("main form button[type=submit]"));
    await run.follow(page, page.locator(`form[action="${version}/submit"] button`));
    expect(await page.locator(".govuk-error-summary").count() === 0, `the complete formulation was refused: ${await page.locator("main").innerText()}`);

    const sue = pages.sue;
    await run.go(sue, "/review");
    await run.follow(sue, sue.locator(`main a[href^="/cases/${state.reference}/formulation/1"]`).first());
    // The supervisor rates it blind first: no page shows the facilitator's ratings until then.
    const versionOne = `/cases/${state.reference}/formulation/1`;
    expect(await sue.locator("#blind-choice").count() === 1, "the supervisor is not offered a blind rating");
    await run.follow(sue, sue.locator(`form[action="${versionOne}/second-rating/start"] button`));
    const blindDomain = () => /\/second-rating\/domains\/\d+$/.test(new URL(sue.url()).pathname);
    expect(blindDomain(), `starting the blind rating did not open its first domain: ${sue.url()}`);
    let blindDomains = 0;
    while (blindDomain()) {
      blindDomains += 1;
      expect(blindDomains < 10, "the blind rating's domains never end");
      const names = await sue.locator('main input[type="radio"]').evaluateAll((inputs) => [...new Set(inputs.map((i) => i.name))]);
      for (const name of names) await sue.locator(`main input[type="radio"][name="${name}"]`).first().check();
      await run.follow(sue, sue.locator("main form button[type=submit]"));
    }
    expect(new URL(sue.url()).pathname === `${versionOne}/second-rating/check`, `the last domain did not lead to the check page: ${sue.url()}`);
    await run.follow(sue, sue.locator(`form[action="${versionOne}/second-rating/submit"] button`));
    const comparison = await sue.locator("main").innerText();
    expect(comparison.includes("kappa"), "the comparison after the blind rating shows no agreement figures");
    await run.go(page, `${versionOne}/second-rating`);
    await run.go(sue, versionOne);
    await run.follow(sue, sue.locator('form#review button[type="submit"]'));
    await run.expectError(sue, "decision", "a formulation review without a decision");
    await sue.check("#decision");
    await run.follow(sue, sue.locator('form#review button[type="submit"]'));
    expect(await sue.locator("form#review").count() === 0, "the formulation can still be reviewed after sign-off");

    await run.go(page, `/cases/${state.reference}/formulation`);
    await run.follow(page, page.locator(`form[action="/cases/${state.reference}/formulation/start"] button`));
    const revision = new URL(page.url()).pathname;
    expect(revision === `/cases/${state.reference}/formulation/2`, "the revision is not version 2");
    await run.follow(page, page.locator(`main a[href^="${revision}/factors/"]`).first());
    await page.locator('input[name="rating"]').nth(2).check();
    await run.follow(page, page.locator('main form button[name="go"][value="back"]'));
    await run.go(page, `/cases/${state.reference}/formulation`);
    await page.selectOption("#from", "1");
    await page.selectOption("#to", "2");
    await run.follow(page, page.locator(`form[action="/cases/${state.reference}/formulation/compare"] button`));
    expect(await page.locator("main del").count() >= 1 && await page.locator("main ins").count() >= 1, "the comparison shows no changed rating");
  });

  await run.journey("information shared is recorded and a multi-agency summary produced", async () => {
    const page = pages.sam;
    expect(state.reference, "no case to share from");
    await run.go(page, `/cases/${state.reference}`);
    await run.follow(page, page.locator(`main a[href="/cases/${state.reference}/sharing/new"]`));
    // A missing recipient: the error pattern, and everything else typed is kept.
    const today = dateFromToday(0);
    const what = "The dates of the next three sessions and the name of the facilitator.";
    await page.fill("#shared_on-day", today.day);
    await page.fill("#shared_on-month", today.month);
    await page.fill("#shared_on-year", today.year);
    await page.fill("#what", what);
    await page.fill("#agency", "Community mental health team");
    await page.check('input[name="basis"][value="consent"]');
    const record = page.locator(`form[action="/cases/${state.reference}/sharing/new"] button[type="submit"]`);
    await run.follow(page, record);
    await run.expectError(page, "recipient", "recording information shared without a recipient");
    expect(await page.inputValue("#what") === what, "what was shared was lost after a refused form");
    expect(await page.inputValue("#agency") === "Community mental health team", "the agency typed was lost");
    expect(await page.isChecked('input[name="basis"][value="consent"]'), "the legal basis chosen was lost");
    await page.fill("#recipient", "A. Nurse");
    await run.follow(page, record);
    expect(new URL(page.url()).pathname === `/cases/${state.reference}`, "recording did not return to the case");
    expect((await page.locator("main").innerText()).includes("Community mental health team"), "the case page does not list the information shared");

    // The summary: every section, for a named recipient; the printable page and its record.
    await run.follow(page, page.locator(`main a[href="/cases/${state.reference}/summary"]`));
    for (const box of await page.locator('input[name="section"]').all()) await box.check();
    await page.fill("#recipient", "Panel chair");
    await page.fill("#agency", "Local multi-agency panel");
    await page.check('input[name="basis"][value="public-task"]');
    await run.follow(page, page.locator(`form[action="/cases/${state.reference}/summary"] button[type="submit"]`));
    expect(new URL(page.url()).pathname.startsWith(`/cases/${state.reference}/sharing/`), `producing the summary did not open its page: ${page.url()}`);
    const printable = await page.locator("main").innerText();
    expect(printable.includes("Written for the browser test."), "the summary does not carry the signed-off formulation's summary");
    expect(printable.includes("Local multi-agency panel"), "the summary does not say who it is for");
  });

  await run.journey("a calibration exercise rated blind, checked and compared", async () => {
    const page = pages.sue;
    await run.go(page, "/");
    await run.follow(page, page.locator('main a[href="/calibration"]'));
    await run.follow(page, page.locator('form[action^="/calibration/vignettes/"] button').first());
    const domainPage = () => /\/calibration\/attempts\/[^/]+\/domains\/\d+$/.test(new URL(page.url()).pathname);
    expect(domainPage(), `starting did not open the first domain: ${page.url()}`);
    // Leave the first domain unrated, rate every other one.
    const first = new URL(page.url()).pathname;
    let domains = 0;
    while (domainPage()) {
      domains += 1;
      expect(domains < 10, "the domains never end");
      if (domains > 1) {
        const names = await page.locator('main input[type="radio"]').evaluateAll((inputs) => [...new Set(inputs.map((i) => i.name))]);
        for (const name of names) await page.locator(`main input[type="radio"][name="${name}"]`).first().check();
      }
      await run.follow(page, page.locator("main form button[type=submit]"));
    }
    expect(new URL(page.url()).pathname.endsWith("/check"), `the last domain did not lead to the check page: ${page.url()}`);
    // Submitting with factors unrated: each one listed, each link landing on its row.
    await run.follow(page, page.locator('main form[action$="/submit"] button'));
    const links = await page.locator(".govuk-error-summary a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.length >= 3, `submitting with a domain unrated listed ${links.length} problems`);
    for (const href of links) expect(await page.locator(`[id="${href.slice(1)}"]`).count() === 1, `the error link ${href} leads nowhere`);
    expect((await page.title()).startsWith("Error:"), "the refused submission's title does not start with Error:");
    // Rate the first domain, submit, and see the results beside the reference.
    await run.go(page, first);
    const names = await page.locator('main input[type="radio"]').evaluateAll((inputs) => [...new Set(inputs.map((i) => i.name))]);
    for (const name of names) await page.locator(`main input[type="radio"][name="${name}"]`).nth(1).check();
    await run.follow(page, page.locator("main form button[type=submit]"));
    while (domainPage()) await run.follow(page, page.locator("main form button[type=submit]"));
    await run.follow(page, page.locator('main form[action$="/submit"] button'));
    expect(await page.locator(".govuk-error-summary").count() === 0, `the complete exercise was refused: ${await page.locator("main").innerText()}`);
    const results = await page.locator("main").innerText();
    expect(results.includes("Cannot be calculated"), "the group figures of a single rater do not say they cannot be calculated");
    // The training manager's dashboard across staff: one person so far, so every figure is held back.
    const manager = pages.tia;
    await run.go(manager, "/calibration");
    await run.follow(manager, manager.locator('main a[href="/calibration/dashboard"]'));
    const dashboard = await manager.locator("main").innerText();
    expect(dashboard.includes("Not shown: fewer than 3 people"), "the dashboard shows figures from one person");
    expect(await manager.locator("#calibration-dashboard-factors tbody tr").count() > 0, "the dashboard lists no factors");
  });

  await run.journey("learner takes and resumes the refresher", async () => {
    const page = pages.tia;
    await run.go(page, "/");
    await run.follow(page, page.locator('main a[href="/refresher"]'));
    await run.follow(page, page.locator('form[action="/refresher/start"] button'));
    // No answer chosen: the error pattern.
    await run.follow(page, page.locator("main form button[type=submit]"));
    await run.expectError(page, "answer", "checking an answer without choosing one");
    let answered = 0;
    const answer = async () => {
      await page.locator('input[name="answer"]').first().check();
      await run.follow(page, page.locator("main form button[type=submit]"));
      expect(await page.locator("#feedback").count() === 1, "no feedback after answering");
      answered += 1;
    };
    await answer();
    await run.follow(page, page.locator('main a[role="button"]'));
    await answer();
    const question = await page.locator("#progress-label").innerText();
    // Leave, sign out and come back: the attempt carries on where it stopped.
    await signOut(run, page);
    await signIn(run, page, people.tia.email, password(4));
    await run.go(page, "/refresher");
    await run.follow(page, page.locator('form[action="/refresher/start"] button'));
    const resumed = await page.locator("#progress-label").innerText();
    const number = (text) => Number(text.match(/\d+/)?.[0]);
    expect(number(question) === 2 && number(resumed) === 3, `the attempt did not resume after question 2 ("${question}", then "${resumed}")`);
    for (;;) {
      await answer();
      expect(answered < 60, "the refresher never ends");
      await run.follow(page, page.locator('main a[role="button"]'));
      if ((await page.locator('input[name="answer"]').count()) === 0) break;
    }
    const results = await page.locator("main table tbody tr").count();
    expect(results === answered, `the result lists ${results} answers, not the ${answered} given`);
  });
}

// ---------------------------------------------------------------------------------------------

/** Shows that the checker reports what it should: a page with known faults must fail. */
async function checkTheChecker(browser, settings) {
  const run = new Run(browser, { ...settings, mode: `self-test-${settings.mode}` });
  const page = await run.person("self-test");
  await page.route("**/axe-self-test", (route) => route.fulfill({
    contentType: "text/html",
    body: '<html><head><title>t</title></head><body><main><img src="data:,"><input type="text"><p style="color:#777;background:#888">faint</p></main></body></html>',
  }));
  await page.goto("/axe-self-test");
  await run.audit(page, { needsStyles: false });
  await run.close();
  const rules = new Set(run.violations.map((v) => v.rule));
  for (const rule of ["html-has-lang", "image-alt", "label", "color-contrast"]) {
    if (!rules.has(rule)) throw new Error(`axe did not report ${rule} on a page made to break it (${settings.mode}): the accessibility check is not working`);
  }
}

async function main() {
  if (config.artefacts) fs.mkdirSync(config.artefacts, { recursive: true });
  const browser = await chromium.launch({
    executablePath: config.chromium,
    headless: true,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
  const runs = config.runs.map((settings) => new Run(browser, settings));
  const started = Date.now();
  try {
    for (const settings of config.runs) await checkTheChecker(browser, settings);
    await Promise.all(runs.map(async (run) => {
      try {
        await journeys(run);
      } finally {
        await run.close();
      }
    }));
  } finally {
    await browser.close();
  }
  const violations = runs.flatMap((r) => r.violations);
  const problems = runs.flatMap((r) => r.problems);
  console.log(`${runs.map((r) => `${r.mode}: ${r.pagesChecked} pages checked with axe (${(r.axeMillis / 1000).toFixed(0)} s of axe)`).join("; ")} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (violations.length > 0) {
    console.log(`\naxe found ${violations.length} violation(s) of WCAG 2.0/2.1/2.2 A or AA:`);
    for (const v of violations) {
      console.log(`- [${v.mode}] ${v.page} (${v.title}): ${v.rule} (${v.impact}): ${v.help}\n    ${v.nodes.join("\n    ")}`);
    }
  }
  if (problems.length > 0) {
    console.log(`\n${problems.length} journey problem(s):`);
    for (const p of problems) console.log(`- ${p}`);
  }
  process.exitCode = violations.length + problems.length > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error.stack ?? String(error));
  process.exitCode = 2;
});
