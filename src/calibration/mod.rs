//! Calibration: helping staff rate formulation factors consistently.
//!
//! Field studies found structured extremism-risk formulations only moderately consistent between
//! assessors, weakest on intent. This feature measures agreement (`stats`) so trainers can see
//! where definitions or training need work. It must never turn ratings into a score for a person.

pub mod stats;
