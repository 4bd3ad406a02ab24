//! Expansion snapshots (expected token streams written by hand) and error-collection tests
//! of the macros' pure functions: `expand_endpoint` / `endpoint` for `#[truto_endpoint]`
//! ([`endpoint`](self::endpoint) tests), `expand_derive` / `derive` for the derive
//! ([`derive`](self::derive) tests).

mod derive;
mod endpoint;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

use crate::{endpoint, expand_endpoint};

/// Expands and compares with `expected`, both printed the same way.
#[track_caller]
pub(super) fn assert_expands(attr: TokenStream, item: TokenStream, expected: TokenStream) {
    let actual = expand_endpoint(attr, item);
    assert_eq!(normalize(actual), normalize(expected));
}

/// Prints tokens one per word, so `>>` written by hand equals `> >` printed by syn.
pub(super) fn normalize(tokens: TokenStream) -> String {
    let mut out = String::new();
    for token in tokens {
        match token {
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::None => ("", ""),
                };
                let inner = normalize(group.stream());
                out = format!("{out}{open} {inner} {close} ");
            }
            other => out = format!("{out}{other} "),
        }
    }
    out
}

/// The messages of every error `endpoint` reports, in order.
fn errors(attr: TokenStream, item: TokenStream) -> Vec<String> {
    let func = syn::parse2(item).expect("a trait method");
    match endpoint(attr, &func) {
        Ok(expanded) => panic!("expected errors, got {expanded}"),
        Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
    }
}

#[track_caller]
pub(super) fn assert_errors(attr: TokenStream, item: TokenStream, expected: &[&str]) {
    let actual = errors(attr, item);
    assert_eq!(actual.len(), expected.len(), "errors: {actual:#?}");
    for (actual, expected) in actual.iter().zip(expected) {
        assert!(actual.contains(expected), "{actual:?} lacks {expected:?}");
    }
}
