//! The inputs of a request (a method's parameters or a struct's fields) checked against the
//! path and the HTTP method, the same way for both macros: which input fills each
//! placeholder, and whether the roles fit together (one body of any kind — JSON, multipart
//! or raw — none on GET, valid and
//! distinct header names, distinct query parameter names, every placeholder filled).
//!
//! Problems are recorded in the [`Ctxt`] and the pass goes on, so one compile shows them all.

use std::collections::{HashMap, HashSet};

use proc_macro2::{Ident, TokenStream};
use syn::ext::IdentExt;
use syn::LitStr;

use crate::args::HttpMethod;
use crate::attr::{Role, RoleAttr, BODY};
use crate::ctxt::Ctxt;
use crate::dialect::Dialect;
use crate::path_template::PathTemplate;

/// One input as the binding pass sees it.
pub(crate) struct Input<'a> {
    /// Its name, when it has a plain one (a parameter pattern may not).
    pub(crate) ident: Option<&'a Ident>,
    /// What to point at when it has no plain name (the parameter's pattern).
    pub(crate) pattern: TokenStream,
    /// Its role attribute, if any.
    pub(crate) role: Option<&'a RoleAttr>,
}

impl Input<'_> {
    /// The name placeholders and query parameters know it by (`r#type` is `type`).
    pub(crate) fn name(&self) -> Option<String> {
        self.ident.map(|ident| ident.unraw().to_string())
    }
}

/// What the inputs are checked against.
pub(crate) struct Target<'a> {
    /// Which macro is speaking.
    pub(crate) dialect: Dialect,
    /// The HTTP method, if it parsed.
    pub(crate) method: Option<HttpMethod>,
    /// The path literal, for spans.
    pub(crate) path: Option<&'a LitStr>,
    /// The parsed path.
    pub(crate) template: Option<&'a PathTemplate>,
    /// The derive's bare `body` key: the whole struct is the body.
    pub(crate) whole_body: Option<&'a Ident>,
}

/// Checks `inputs` against `target`; returns, for each placeholder name, the index of the
/// input that fills it.
pub(crate) fn bind(target: &Target, inputs: &[Input], cx: &Ctxt) -> HashMap<String, usize> {
    let dialect = target.dialect;
    let noun = dialect.noun();
    let placeholder_names: HashSet<&str> = target
        .template
        .iter()
        .flat_map(|t| t.placeholders())
        .map(|p| p.name.as_str())
        .collect();
    let mut bound = HashMap::new();
    let mut body: Option<(String, Role)> = None;
    let mut headers: HashMap<String, &LitStr> = HashMap::new();
    let mut query_names: HashMap<String, String> = HashMap::new();
    for (index, input) in inputs.iter().enumerate() {
        let Some(name) = input.name() else {
            cx.error_spanned_by(
                &input.pattern,
                "endpoint parameters need a plain name: a parameter fills the path \
                 placeholder of that name, is sent as the query parameter of that name, or is \
                 `#[query]`, `#[body]` or `#[header(\"Name\")]`",
            );
            continue;
        };
        if placeholder_names.contains(name.as_str()) {
            if let Some(role) = input.role.filter(|r| r.role != Role::Path) {
                cx.error_spanned_by(
                    &role.tokens,
                    format!(
                        "{noun} `{name}` fills the path placeholder `{}`; it cannot also be `{}`",
                        written(target, &name),
                        dialect.role_label(&role.role)
                    ),
                );
            }
            bound.insert(name, index);
            continue;
        }
        let Some(role) = input.role else {
            // With the whole struct as the body, an unmarked field is part of the body.
            if target.whole_body.is_none() {
                let ident = input.ident.expect("named");
                check_query_name(&mut query_names, &name, ident, &name, noun, cx);
            }
            continue;
        };
        match &role.role {
            Role::Query | Role::Skip => {}
            Role::Path => cx.error_spanned_by(
                &role.tokens,
                format!(
                    "`{}` {noun} `{name}` has no placeholder in the path: add `{{{name}}}` \
                     (or the tail `{{*{name}}}`) to the path, or remove `path`",
                    dialect.role_label(&role.role)
                ),
            ),
            Role::QueryAs(lit) => {
                check_query_name(&mut query_names, &lit.value(), lit, &name, noun, cx);
            }
            Role::Body | Role::Multipart | Role::RawBody => {
                if target.whole_body.is_some() {
                    cx.error_spanned_by(
                        &role.tokens,
                        format!(
                            "the whole struct is already the body (`{BODY}` in the struct's \
                             `#[endpoint(..)]`): remove `{}` from this {noun} or `{BODY}` \
                             from the struct's attribute",
                            dialect.role_label(&role.role)
                        ),
                    );
                    continue;
                }
                if let Some((first, first_role)) = &body {
                    let this = dialect.role_label(&role.role);
                    let message = if first_role == &role.role {
                        format!(
                            "only one `{this}` {noun} is allowed; `{first}` is already the body"
                        )
                    } else {
                        format!(
                            "a request has one body: `{first}` is already the body (`{}`), so \
                             this {noun} cannot be `{this}` too",
                            dialect.role_label(first_role)
                        )
                    };
                    cx.error_spanned_by(&role.tokens, message);
                    continue;
                }
                body = Some((name, role.role.clone()));
                if target.method == Some(HttpMethod::Get) {
                    cx.error_spanned_by(
                        &role.tokens,
                        format!(
                            "a GET request has no body: send this as `{}`, \
                             or use POST, PUT or PATCH",
                            dialect.query_label()
                        ),
                    );
                }
            }
            Role::Header(lit) => {
                let value = lit.value();
                if let Err(message) = check_header_name(&value, dialect) {
                    cx.error_spanned_by(lit, message);
                } else if let Some(advice) = reserved_header(&value) {
                    cx.error_spanned_by(
                        lit,
                        format!(
                            "header `{value}` is set by the SDK itself and cannot be declared{advice}"
                        ),
                    );
                } else if let Some(first) = headers.insert(value.to_ascii_lowercase(), lit) {
                    cx.error_spanned_by(
                        lit,
                        format!(
                            "header `{value}` is already set by another {noun} (as `{}`)",
                            first.value()
                        ),
                    );
                }
            }
        }
    }
    if let (Some(key), Some(HttpMethod::Get)) = (target.whole_body, target.method) {
        cx.error_spanned_by(
            key,
            format!("a GET request has no body: remove `{BODY}`, or use POST, PUT or PATCH"),
        );
    }
    check_placeholders_bound(target, &bound, cx);
    bound
}

/// Parses the path literal, reporting its syntax errors at the literal (at the offending
/// part of it where the compiler supports sub-spans, on nightly).
pub(crate) fn parse_path(lit: &LitStr, cx: &Ctxt) -> PathTemplate {
    let (template, errors) = PathTemplate::parse(&lit.value());
    for error in errors {
        let span = lit
            .token()
            .subspan(error.range)
            .unwrap_or_else(|| lit.span());
        cx.error_at(span, error.message);
    }
    template
}

/// The placeholder of `name` as written in the path, e.g. `{*path}`.
fn written(target: &Target, name: &str) -> String {
    target
        .template
        .iter()
        .flat_map(|t| t.placeholders())
        .find(|p| p.name == name)
        .map_or_else(|| format!("{{{name}}}"), |p| p.written())
}

fn check_query_name(
    seen: &mut HashMap<String, String>,
    query: &str,
    at: &dyn quote::ToTokens,
    owner: &str,
    noun: &str,
    cx: &Ctxt,
) {
    if let Some(first) = seen.get(query) {
        cx.error_spanned_by(
            at,
            format!("query parameter `{query}` is already sent by {noun} `{first}`"),
        );
    } else {
        seen.insert(query.to_owned(), owner.to_owned());
    }
}

fn check_placeholders_bound(target: &Target, bound: &HashMap<String, usize>, cx: &Ctxt) {
    let (Some(template), Some(lit)) = (target.template, target.path) else {
        return;
    };
    let noun = target.dialect.noun();
    for placeholder in template.placeholders() {
        if !bound.contains_key(&placeholder.name) {
            let name = &placeholder.name;
            let span = lit
                .token()
                .subspan(placeholder.range.clone())
                .unwrap_or_else(|| lit.span());
            cx.error_at(
                span,
                format!(
                    "path placeholder `{}` has no {noun} named `{name}`; add one, e.g. {}",
                    placeholder.written(),
                    target.dialect.example_binding(name)
                ),
            );
        }
    }
}

/// The headers the runtime sets itself (the same list as truto-core's), with where to set
/// them instead: declaring one would send it twice or let a declaration override the token.
fn reserved_header(name: &str) -> Option<&'static str> {
    const RESERVED: [(&str, &str); 9] = [
        ("authorization", " (it carries the client's token)"),
        ("proxy-authorization", ""),
        (
            "idempotency-key",
            "; give a key per call with `CallOptions::idempotency_key`",
        ),
        (
            "content-type",
            " (JSON bodies are sent as application/json)",
        ),
        ("content-length", ""),
        ("transfer-encoding", ""),
        ("host", ""),
        ("connection", ""),
        ("user-agent", "; set it with `ClientBuilder::user_agent`"),
    ];
    RESERVED
        .iter()
        .find(|(reserved, _)| reserved.eq_ignore_ascii_case(name))
        .map(|(_, advice)| *advice)
}

/// A header name must be an HTTP token (RFC 9110, section 5.6.2).
pub(crate) fn check_header_name(name: &str, dialect: Dialect) -> Result<(), String> {
    const SPECIALS: &str = "!#$%&'*+-.^_`|~";
    if name.is_empty() {
        let example = match dialect {
            Dialect::Method => "#[header(\"X-Request-Id\")]",
            Dialect::Derive => "#[endpoint(header = \"X-Request-Id\")]",
        };
        return Err(format!("empty header name: write e.g. `{example}`"));
    }
    match name
        .chars()
        .find(|&c| !(c.is_ascii_alphanumeric() || SPECIALS.contains(c)))
    {
        None => Ok(()),
        Some(bad) => Err(format!(
            "invalid header name `{name}`: {bad:?} is not allowed; a header name is made of \
             ASCII letters, digits and {SPECIALS}"
        )),
    }
}
