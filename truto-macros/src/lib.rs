//! `#[truto_endpoint]`: declare a Truto API endpoint as a trait method.
//!
//! Use it through the `truto` crate (`truto::truto_endpoint`), which provides the runtime
//! the generated code calls.
//!
//! ```ignore
//! pub trait Helpdesk: truto::Api {
//!     /// Import a ticket.
//!     #[truto::truto_endpoint(POST, "/unified/ticketing/tickets/import")]
//!     async fn import_ticket(&self, #[query] q: &MyQuery, #[body] b: &MyBody)
//!         -> truto::Result<truto::ticketing::Ticket>;
//!
//!     #[truto::truto_endpoint(GET, "/things/{id}/parts/{part}", format = raw)]
//!     async fn part(&self, id: &str, part: u32, integrated_account_id: &str,
//!         #[header("X-Trace")] trace: Option<&str>) -> truto::Result<serde_json::Value>;
//! }
//! impl Helpdesk for truto::Client {}
//! ```
//!
//! # The contract
//! - Arguments: `METHOD, "path"`, then optionally `format = raw | stream | normalized |
//!   unified` (forces `truto_response_format`). `METHOD` is one of `GET`, `POST`, `PUT`,
//!   `PATCH`, `DELETE`.
//! - The path is a string literal starting with `/`, without `?` or `#`. A `{name}`
//!   placeholder fills a whole segment from the parameter of that name (any `Display` type,
//!   percent-encoded).
//! - `#[query]` parameters (any `Serialize`, several allowed) are flattened into the query;
//!   a parameter that is neither a placeholder nor annotated is one query parameter under its
//!   own name (`None` leaves it out).
//! - `#[body]` (at most one, not on `GET`): any `Serialize`, sent as JSON.
//! - `#[header("Name")]`: a header; `None` leaves it out.
//! - The method is `async fn name(&self, ..) -> Result<T>` without a body: `Result<()>`
//!   ignores the body, `Result<ByteStream>` streams it, any other `T` is decoded from JSON.
//!
//! The method becomes `fn name(&self, ..) -> impl Future<Output = Result<T>> + Send` with a
//! default body: the arguments are serialized before the future is created, so the future
//! owns no argument reference and is `Send` whatever the argument types. Implementors (e.g.
//! a test double) may override it with an `async fn`.
//!
//! Misuse is a compile error at the offending token; all problems of a declaration are
//! reported at once, and the method is still emitted so the rest of the trait compiles.
//!
//! # Layout
//! [`truto_endpoint`] parses the arguments (`attr`), builds views of the method (`ast`,
//! `path_template`), validates them (`check`, errors collected by `ctxt`), then expands
//! (`expand`) or, on error, emits a stand-in method (`fallback`).

mod ast;
mod attr;
mod check;
mod ctxt;
mod expand;
mod fallback;
mod path_template;
#[cfg(test)]
mod tests;

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as TokenStream2};
use syn::TraitItemFn;

use crate::ctxt::Ctxt;

/// Turns a trait method declaration into a Truto API endpoint with a default body.
///
/// `#[truto_endpoint(METHOD, "/path/{placeholder}", format = raw)]` on an
/// `async fn name(&self, ..) -> truto::Result<T>;` declared without a body. See the
/// [crate documentation](crate) for the full contract.
#[proc_macro_attribute]
pub fn truto_endpoint(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand_endpoint(attr.into(), item.into()).into()
}

/// The whole macro as a pure function of its input, for the entry point and the tests.
pub(crate) fn expand_endpoint(attr: TokenStream2, item: TokenStream2) -> TokenStream2 {
    let func: TraitItemFn = match syn::parse2(item.clone()) {
        Ok(func) => func,
        Err(_) => {
            return fallback::passthrough(
                item,
                syn::Error::new(
                    Span::call_site(),
                    "`#[truto_endpoint]` goes on a method declaration in a trait, e.g. \
                     `async fn ticket(&self, id: &str) -> truto::Result<Ticket>;`",
                ),
            )
        }
    };
    match endpoint(attr, &func) {
        Ok(expanded) => expanded,
        Err(errors) => fallback::expand(&func, errors),
    }
}

/// Parses, checks and expands one method: the expansion, or every error found.
fn endpoint(attr: TokenStream2, func: &TraitItemFn) -> Result<TokenStream2, syn::Error> {
    let cx = Ctxt::new();
    let args = attr::parse_endpoint_args(attr, &cx);
    let endpoint = ast::Endpoint::from_syn(func, args, &cx);
    let ready = check::check(&endpoint, &cx);
    cx.check()?;
    // Every `None` in `check` comes with an error; keep a message in case one does not.
    let ready = ready.ok_or_else(|| {
        syn::Error::new(
            Span::call_site(),
            "truto-macros: internal error, incomplete endpoint without a reported error",
        )
    })?;
    Ok(expand::expand(&endpoint, &ready))
}
