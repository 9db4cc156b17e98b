//! Dialogues: case support for one-to-one Developing Dialogues work.
//!
//! The binary (`src/main.rs`) is only the command line; everything else lives in this library so
//! that tests can build and drive the real application in-process.
//!
//! Layout: a thin shared core (`config`, `db`, `i18n`, `crypto`, `audit`, `auth`, `accounts`,
//! `toolkit`, `web`) and one folder per thing a user does (`home`, `language`, `sign_in`,
//! `account`, `admin`, …). Features depend on the core; the core never depends on a feature, except
//! `web::router`, which is where the features are mounted.

pub mod account;
pub mod accounts;
pub mod admin;
pub mod audit;
pub mod auth;
pub mod backup;
pub mod calibration;
pub mod cases;
pub mod commands;
pub mod config;
pub mod cover;
pub mod crypto;
pub mod db;
pub mod formulations;
pub mod fuzzing;
pub mod home;
pub mod i18n;
pub mod language;
pub mod recovery;
pub mod refresher;
pub mod retention;
pub mod second_rating;
pub mod sections;
pub mod sessions;
pub mod sharing;
pub mod sign_in;
pub mod startup;
pub mod supervision;
pub mod toolkit;
pub mod training;
pub mod web;
