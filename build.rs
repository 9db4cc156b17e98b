//! Build script: prepares the front-end assets that the binary embeds.
//!
//! Third-party files are never committed. This script copies `web/package.json` and
//! `web/package-lock.json` into `OUT_DIR`, runs `npm ci --ignore-scripts` there (only when the
//! lockfile changed), compiles our Sass against govuk-frontend with Arial instead of the GOV.UK
//! brand font, and stages the files the pages use in `OUT_DIR/assets`, which `rust-embed`
//! embeds. It must never write into the source tree.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=web/package.json");
    println!("cargo:rerun-if-changed=web/package-lock.json");
    println!("cargo:rerun-if-changed=web/src");
    println!("cargo:rerun-if-changed=locales");

    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let manifest_dir =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let web_src = manifest_dir.join("web");
    let npm_dir = out_dir.join("web");
    let assets = out_dir.join("assets");

    install_packages(&web_src, &npm_dir);
    fs::create_dir_all(&assets).expect("create OUT_DIR/assets");

    let modules = npm_dir.join("node_modules");
    compile_sass(
        &web_src.join("src/app.scss"),
        &modules,
        &assets.join("app.css"),
    );
    copy(
        &modules.join("govuk-frontend/dist/govuk/govuk-frontend.min.js"),
        &assets.join("govuk-frontend.min.js"),
    );
    copy(
        &modules.join("htmx.org/dist/htmx.min.js"),
        &assets.join("htmx.min.js"),
    );
    for own in ["app.js", "favicon.svg"] {
        copy(&web_src.join("src").join(own), &assets.join(own));
    }
}

/// Runs `npm ci` in `npm_dir` when the lockfile there differs from the source's.
fn install_packages(web_src: &Path, npm_dir: &Path) {
    fs::create_dir_all(npm_dir).expect("create OUT_DIR/web");
    let lock = fs::read(web_src.join("package-lock.json")).expect("read web/package-lock.json");
    let stamp = npm_dir.join(".installed-lock");
    let up_to_date = fs::read(&stamp).is_ok_and(|installed| installed == lock)
        && npm_dir.join("node_modules").is_dir();
    if up_to_date {
        return;
    }
    copy(&web_src.join("package.json"), &npm_dir.join("package.json"));
    copy(
        &web_src.join("package-lock.json"),
        &npm_dir.join("package-lock.json"),
    );
    let status = Command::new("npm")
        .args([
            "ci",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ])
        .current_dir(npm_dir)
        .status();
    match status {
        Ok(s) if s.success() => fs::write(&stamp, lock).expect("write npm stamp"),
        Ok(s) => fail(&format!(
            "`npm ci` failed ({s}) while fetching the front-end packages. Check that the npm registry is reachable, then build again."
        )),
        Err(_) => fail(
            "npm was not found. Dialogues fetches its front-end packages (govuk-frontend, htmx) with npm at build time: install Node.js and npm (on Debian: apt-get install nodejs npm), then build again.",
        ),
    }
}

fn compile_sass(input: &Path, node_modules: &Path, output: &Path) {
    let sass = node_modules.join("sass/sass.js");
    let status = Command::new("node")
        .arg(&sass)
        .args([
            "--no-source-map",
            "--style=compressed",
            "--quiet-deps",
            "--load-path",
        ])
        .arg(node_modules)
        .arg(input)
        .arg(output)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => fail(&format!(
            "compiling {} failed ({s}); the error is printed above.",
            input.display()
        )),
        Err(_) => fail(
            "node was not found. Install Node.js (on Debian: apt-get install nodejs npm), then build again.",
        ),
    }
}

fn copy(from: &Path, to: &Path) {
    if let Err(e) = fs::copy(from, to) {
        fail(&format!(
            "could not copy {} to {}: {e}",
            from.display(),
            to.display()
        ));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    panic!("{message}");
}
