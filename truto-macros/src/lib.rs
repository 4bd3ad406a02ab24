//! The procedural macros of truto-rs: [`macro@truto_endpoint`], which declares a Truto API
//! endpoint as a trait method, and [`derive@Endpoint`], which describes one request as a
//! struct.
//!
//! Use them through the `truto` crate (`truto::truto_endpoint`, `truto::Endpoint`), which
//! provides the runtime the generated code calls.
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
//!
//!     /// Every comment, across pages.
//!     #[truto::truto_endpoint(GET, "/unified/ticketing/comments")]
//!     fn list_comments(&self, #[query] query: &ListCommentsQuery) -> truto::Paginator<Comment>;
//!
//!     /// A file under a folder path (`{*path}` keeps the value's `/`).
//!     #[truto::truto_endpoint(GET, "/files/{*path}")]
//!     async fn file(&self, path: &str) -> truto::Result<truto::ByteStream>;
//! }
//! impl Helpdesk for truto::Client {}
//! ```
//!
//! # The `#[truto_endpoint]` contract
//! - Arguments: `METHOD, "path"`, then optionally `format = raw | stream | normalized |
//!   unified` (forces `truto_response_format`) and `idempotent` (below). `METHOD` is one of
//!   `GET`, `POST`, `PUT`, `PATCH`, `DELETE`.
//! - `idempotent` (or `idempotent = true`): repeating the request has no further effect, so
//!   it is retried even after its bytes went out; `idempotent = key`: the server runs a
//!   request with a repeated `Idempotency-Key` once, so it gets a key and is retried with it;
//!   `idempotent = false`: never sent twice once its bytes went out. Without the option:
//!   `GET` is idempotent, `POST`/`PATCH` under `/unified/`, `/proxy/`, `/custom/` and
//!   `/batch-request` are `key` (where Truto honours the header), everything else `false`
//!   (`truto::Idempotency::default_for`).
//! - The path is a string literal starting with `/`, without `?` or `#`. A `{name}`
//!   placeholder fills a whole segment from the parameter of that name (any `Display` type,
//!   percent-encoded). The last segment may be a tail, `{*name}`: its value may contain `/`,
//!   kept as separators, each piece percent-encoded (at most one tail, last).
//! - `#[query]` parameters (any `Serialize`, several allowed) are flattened into the query;
//!   a parameter that is neither a placeholder nor annotated is one query parameter under its
//!   own name (`None` leaves it out).
//! - `#[body]` (not on `GET`): any `Serialize`, sent as JSON.
//! - `#[multipart]` (not on `GET`): a `truto::Multipart`, or any `truto::ToMultipart` (a
//!   typed upload), by value or reference, sent as `multipart/form-data`; its files and
//!   streams are streamed, never read whole.
//! - `#[raw_body]` (not on `GET`): a `truto::RawBody` (or `&RawBody`), sent as is with its
//!   content type, and `truto_body_passthrough=true` added to the query.
//! - A request has at most one body: `#[body]`, `#[multipart]` and `#[raw_body]` exclude
//!   each other.
//! - `#[header("Name")]`: a header; `None` leaves it out. The headers the SDK sets itself
//!   (`Authorization`, `Idempotency-Key`, `Content-Type`, `Content-Length`, `User-Agent`,
//!   `Host`, ...) cannot be declared.
//! - A single call is `async fn name(&self, ..) -> Result<T>` without a body: `Result<()>`
//!   ignores the body, `Result<ByteStream>` streams it, any other `T` is decoded from JSON.
//!   It becomes `fn name(&self, ..) -> impl Future<Output = Result<T>> + Send` with a default
//!   body: the arguments are serialized before the future is created, so the future owns no
//!   argument reference and is `Send` whatever the argument types.
//! - A list is a plain `fn name(&self, ..) -> Paginator<T>` on `GET` (in the `unified` or
//!   `normalized` format, whose list envelope pagination reads): the signature is kept, the
//!   request is built the same way, and nothing is sent until the paginator is polled.
//!
//! Implementors (e.g. a test double) may override any endpoint.
//!
//! # The `#[derive(Endpoint)]` contract
//! See [`derive@Endpoint`]: the same path syntax and checks, with fields in place of
//! parameters.
//!
//! Misuse of either macro is a compile error at the offending token, and all problems of a
//! declaration are reported at once. `#[truto_endpoint]` still emits the method, so the rest
//! of the trait compiles; the derive emits only the errors.
//!
//! # Layout
//! Shared: `args` (the `METHOD, "path", key = value` arguments), `attr` (the attribute
//! vocabulary and role attributes), `dialect` (how messages speak of parameters or
//! fields), `path_template`, `bind` (inputs checked against the path and method), `emit`
//! (the statements filling a request), `ctxt` (error collection). `#[truto_endpoint]`:
//! `ast`, `check`, `expand`, `fallback`. The derive: `derive`.

mod args;
mod ast;
mod attr;
mod bind;
mod check;
mod ctxt;
mod derive;
mod dialect;
mod emit;
mod expand;
mod fallback;
mod path_template;
#[cfg(test)]
mod tests;

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as TokenStream2};
use syn::TraitItemFn;

use crate::ctxt::Ctxt;
use crate::dialect::Dialect;

/// Turns a trait method declaration into a Truto API endpoint with a default body.
///
/// `#[truto_endpoint(METHOD, "/path/{placeholder}", format = raw)]` on an
/// `async fn name(&self, ..) -> truto::Result<T>;`, or on a plain
/// `fn name(&self, ..) -> truto::Paginator<T>;` for a list, declared without a body. See the
/// [crate documentation](crate) for the full contract.
#[proc_macro_attribute]
pub fn truto_endpoint(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand_endpoint(attr.into(), item.into()).into()
}

/// Implements `truto::Endpoint` for a struct whose fields describe one request; send it
/// with `client.send(&value).await`.
///
/// ```ignore
/// use truto::{ByteStream, Endpoint, UnifiedQuery};
///
/// /// Calls a custom method of a unified model.
/// #[derive(Endpoint)]
/// #[endpoint(POST, "/unified/{model}/{resource}/{method}", response = serde_json::Value)]
/// pub struct CustomMethod<'a> {
///     /// Named like a placeholder: a path segment (any `Display`).
///     pub model: &'a str,
///     /// Explicitly a path segment (there must be a `{resource}` placeholder).
///     #[endpoint(path)]
///     pub resource: String,
///     pub method: &'a str,
///     /// A struct flattened into the query string (any `Serialize`).
///     #[endpoint(flatten)]
///     pub query: &'a UnifiedQuery,
///     /// Not a placeholder, no attribute: one query parameter, `limit` (`None` omits it).
///     pub limit: Option<u32>,
///     /// One query parameter under another name.
///     #[endpoint(query = "sort_by")]
///     pub sort: Option<String>,
///     /// The JSON body (at most one field, never on GET).
///     #[endpoint(body)]
///     pub body: serde_json::Value,
///     /// A header (`&str`, `String`, or an `Option` of them: `None` omits it).
///     #[endpoint(header = "X-Trace")]
///     pub trace: Option<String>,
///     /// Not sent.
///     #[endpoint(skip)]
///     pub note: String,
/// }
///
/// /// The whole struct is the JSON body: its fields that are not part of the body are
/// /// `#[serde(skip)]`, and still fill the path, query and headers.
/// #[derive(Endpoint, serde::Serialize)]
/// #[endpoint(PATCH, "/unified/ticketing/tickets/{id}", response = (), body)]
/// pub struct UpdateTicket {
///     #[serde(skip)]
///     pub id: String,
///     #[serde(skip)]
///     #[endpoint(flatten)]
///     pub query: UnifiedQuery,
///     pub subject: String,
/// }
///
/// /// A file, streamed; `{*path}` keeps the value's `/` between segments.
/// #[derive(Endpoint)]
/// #[endpoint(GET, "/files/{*path}", response = ByteStream, format = raw)]
/// pub struct Download {
///     pub path: String,
/// }
///
/// # async fn demo(client: &truto::Client, query: &UnifiedQuery) -> truto::Result<()> {
/// let value = client
///     .send(&CustomMethod {
///         model: "ticketing",
///         resource: "tickets".into(),
///         method: "summarize",
///         query,
///         limit: Some(10),
///         sort: None,
///         body: serde_json::json!({ "id": "t-1" }),
///         trace: None,
///         note: String::new(),
///     })
///     .await?;
/// # Ok(()) }
/// ```
///
/// # Attribute grammar
/// On the struct, exactly once:
///
/// ```text
/// #[endpoint(METHOD, "PATH", response = TYPE [, format = FORMAT] [, body])]
/// METHOD = GET | POST | PUT | PATCH | DELETE
/// FORMAT = unified | raw | normalized | stream          (forces truto_response_format)
/// TYPE   = ()                       the body is ignored
///        | ..::ByteStream           the body is streamed
///        | any DeserializeOwned     the body is decoded from JSON
/// body   : the whole struct (which must implement Serialize) is the JSON body
/// PATH   = "/literal/{field}/.../{*tail}"   as for #[truto_endpoint]
/// ```
///
/// On a field, at most one of:
///
/// ```text
/// (none)                  a placeholder of its name: a path segment (Display);
///                         otherwise one query parameter under its name (Serialize)
/// #[endpoint(path)]       a path segment; the path must have the placeholder
/// #[endpoint(flatten)]    a struct or map flattened into the query string (Serialize)
/// #[endpoint(query = "n")] one query parameter named `n` (Serialize)
/// #[endpoint(body)]       the JSON body (Serialize); at most one; not with the `body` key
/// #[endpoint(multipart)]  a multipart/form-data body (truto::ToMultipart, e.g.
///                         truto::Multipart); counts as the body
/// #[endpoint(raw_body)]   a raw body (truto::RawBody), with truto_body_passthrough=true;
///                         counts as the body
/// #[endpoint(header = "N")] a header (&str, String, or an Option of them)
/// #[endpoint(skip)]       not sent
/// ```
///
/// Generic and lifetime parameters are kept on the impl. `Response` must be `Send +
/// 'static` (the derive adds that bound when it mentions a type parameter); a generic
/// response type also needs `DeserializeOwned` on the struct, and generic fields the bound
/// their role needs (`Display`, `Serialize`).
///
/// Every problem (an unknown key, a placeholder without a field, a body on GET, ...) is a
/// compile error at the offending token, all reported at once; no impl is emitted then.
#[proc_macro_derive(Endpoint, attributes(endpoint))]
pub fn derive_endpoint(input: TokenStream) -> TokenStream {
    derive::expand_derive(input.into()).into()
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
    let args = args::parse_endpoint_args(attr, Dialect::Method, &TokenStream2::new(), &cx);
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
