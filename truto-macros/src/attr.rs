//! Typed parsing of the macro's arguments (`METHOD, "path", format = raw`) and of the
//! parameter attributes (`#[query]`, `#[body]`, `#[header("Name")]`).
//!
//! Only parsing happens here; whether the parsed pieces fit together (a body on GET, a
//! header name that is not a token, ...) is `check.rs`'s job.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitStr, Meta, Token};

use crate::ctxt::Ctxt;

/// The attribute macro's own name, e.g. to spot it twice on one method.
pub(crate) const TRUTO_ENDPOINT: &str = "truto_endpoint";
/// `#[query]`: a `Serialize` value flattened into the query string.
pub(crate) const QUERY: &str = "query";
/// `#[body]`: a `Serialize` value sent as the JSON body.
pub(crate) const BODY: &str = "body";
/// `#[header("Name")]`: a header value.
pub(crate) const HEADER: &str = "header";
/// `format = raw`: the forced `truto_response_format`.
pub(crate) const FORMAT: &str = "format";

/// Lint attributes rustc accepts on parameters; kept on the generated method as written.
const LINT_ATTRS: [&str; 5] = ["allow", "warn", "deny", "forbid", "expect"];

/// What `#[truto_endpoint(...)]` expects, for messages about missing arguments.
const USAGE: &str = "expected `#[truto_endpoint(METHOD, \"/path\")]`, \
                     e.g. `#[truto_endpoint(GET, \"/unified/ticketing/tickets/{id}\")]`";

/// An HTTP method the macro accepts, written in upper case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HttpMethod {
    /// `GET`: never has a body.
    Get,
    /// `POST`.
    Post,
    /// `PUT`.
    Put,
    /// `PATCH`.
    Patch,
    /// `DELETE`.
    Delete,
}

impl HttpMethod {
    const ALL: [HttpMethod; 5] = [
        HttpMethod::Get,
        HttpMethod::Post,
        HttpMethod::Put,
        HttpMethod::Patch,
        HttpMethod::Delete,
    ];

    /// The method as written in the attribute, e.g. `GET`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Delete => "DELETE",
        }
    }

    /// The runtime's `Method` variant, e.g. `Get`.
    pub(crate) fn variant(self) -> &'static str {
        match self {
            HttpMethod::Get => "Get",
            HttpMethod::Post => "Post",
            HttpMethod::Put => "Put",
            HttpMethod::Patch => "Patch",
            HttpMethod::Delete => "Delete",
        }
    }
}

/// A `truto_response_format` forced with `format = ...`, written in lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ResponseFormat {
    /// `unified`: Truto's unified mapping (the server's default).
    Unified,
    /// `raw`: the provider's response, untouched.
    Raw,
    /// `normalized`: unified, in the normalized layout.
    Normalized,
    /// `stream`: the body streamed as it arrives.
    Stream,
}

impl ResponseFormat {
    const ALL: [ResponseFormat; 4] = [
        ResponseFormat::Unified,
        ResponseFormat::Raw,
        ResponseFormat::Normalized,
        ResponseFormat::Stream,
    ];

    /// The value as written in the attribute and sent on the wire, e.g. `raw`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ResponseFormat::Unified => "unified",
            ResponseFormat::Raw => "raw",
            ResponseFormat::Normalized => "normalized",
            ResponseFormat::Stream => "stream",
        }
    }

    /// The runtime's `ResponseFormat` variant, e.g. `Raw`.
    pub(crate) fn variant(self) -> &'static str {
        match self {
            ResponseFormat::Unified => "Unified",
            ResponseFormat::Raw => "Raw",
            ResponseFormat::Normalized => "Normalized",
            ResponseFormat::Stream => "Stream",
        }
    }
}

/// The parsed arguments of `#[truto_endpoint(...)]`; `None` where missing or invalid (the
/// error is already recorded).
#[derive(Default)]
pub(crate) struct EndpointArgs {
    /// The HTTP method.
    pub(crate) method: Option<HttpMethod>,
    /// The path literal, kept for its span and re-emitted as the request's template.
    pub(crate) path: Option<LitStr>,
    /// `format = ...`, if given.
    pub(crate) format: Option<ResponseFormat>,
}

/// Parses the attribute's arguments, recording every problem in `cx`.
pub(crate) fn parse_endpoint_args(tokens: TokenStream, cx: &Ctxt) -> EndpointArgs {
    let mut args = EndpointArgs::default();
    if tokens.is_empty() {
        cx.error_at(Span::call_site(), format!("missing arguments: {USAGE}"));
        return args;
    }
    let exprs = match Punctuated::<Expr, Token![,]>::parse_terminated.parse2(tokens) {
        Ok(exprs) => exprs,
        Err(err) => {
            cx.syn_error(err);
            return args;
        }
    };
    let mut positional = Vec::new();
    for expr in exprs {
        match expr {
            Expr::Assign(assign) => parse_option(&assign.left, &assign.right, &mut args, cx),
            other => positional.push(other),
        }
    }
    let mut positional = positional.iter();
    match positional.next() {
        None => cx.error_at(Span::call_site(), format!("missing arguments: {USAGE}")),
        // `#[truto_endpoint("/path")]`: say what is missing, and still check the path.
        Some(Expr::Lit(ExprLit {
            lit: Lit::Str(path),
            ..
        })) if positional.len() == 0 => {
            cx.error_spanned_by(path, format!("missing the HTTP method: {USAGE}"));
            args.path = Some(path.clone());
        }
        Some(method) => {
            args.method = parse_method(method, cx);
            match positional.next() {
                None => cx.error_spanned_by(
                    method,
                    format!("missing the path after the HTTP method: {USAGE}"),
                ),
                Some(Expr::Lit(ExprLit {
                    lit: Lit::Str(path),
                    ..
                })) => args.path = Some(path.clone()),
                Some(other) => cx.error_spanned_by(
                    other,
                    "the path must be a string literal, e.g. \"/unified/ticketing/tickets/{id}\", \
                     so the macro can check it against the parameters",
                ),
            }
        }
    }
    for extra in positional {
        cx.error_spanned_by(
            extra,
            format!("unexpected argument: after `METHOD, \"/path\"` only `key = value` options follow; valid keys: `{FORMAT}`"),
        );
    }
    args
}

fn parse_method(expr: &Expr, cx: &Ctxt) -> Option<HttpMethod> {
    let expected = HttpMethod::ALL
        .map(|m| format!("`{}`", m.as_str()))
        .join(", ");
    let Some(ident) = expr_ident(expr) else {
        cx.error_spanned_by(expr, format!("expected an HTTP method, one of {expected}"));
        return None;
    };
    let found = HttpMethod::ALL.into_iter().find(|m| ident == m.as_str());
    if found.is_none() {
        cx.error_spanned_by(
            ident,
            format!("unknown HTTP method `{ident}`; expected one of {expected}"),
        );
    }
    found
}

fn parse_option(key: &Expr, value: &Expr, args: &mut EndpointArgs, cx: &Ctxt) {
    match expr_ident(key) {
        Some(key) if key == FORMAT => {
            if args.format.is_some() {
                cx.error_spanned_by(key, format!("duplicate `{FORMAT}` option"));
            }
            let found = expr_ident(value)
                .and_then(|v| ResponseFormat::ALL.into_iter().find(|f| v == f.as_str()));
            if found.is_none() {
                let expected = ResponseFormat::ALL
                    .map(|f| format!("`{}`", f.as_str()))
                    .join(", ");
                cx.error_spanned_by(
                    value,
                    format!(
                        "unknown response format `{}`; expected one of {expected}",
                        value.to_token_stream()
                    ),
                );
            }
            args.format = args.format.or(found);
        }
        _ => cx.error_spanned_by(
            key,
            format!(
                "unknown option `{}`; valid keys: `{FORMAT}`",
                key.to_token_stream()
            ),
        ),
    }
}

/// The identifier of an expression that is a bare path of one segment.
fn expr_ident(expr: &Expr) -> Option<&Ident> {
    match expr {
        Expr::Path(p) if p.qself.is_none() && p.attrs.is_empty() => p.path.get_ident(),
        _ => None,
    }
}

/// The role a parameter attribute gives its parameter.
#[derive(Debug, Clone)]
pub(crate) enum Role {
    /// `#[query]`.
    Query,
    /// `#[body]`.
    Body,
    /// `#[header("Name")]`, with the name literal.
    Header(LitStr),
}

/// A recognized parameter attribute, with the attribute kept for error spans.
pub(crate) struct RoleAttr<'a> {
    /// What the attribute says.
    pub(crate) role: Role,
    /// The attribute as written.
    pub(crate) attr: &'a Attribute,
}

/// Whether a parameter attribute is a lint attribute, kept as written on the method.
pub(crate) fn is_lint_attr(attr: &Attribute) -> bool {
    LINT_ATTRS.iter().any(|lint| attr.path().is_ident(lint))
}

/// Parses a parameter's attributes into at most one role; reports unknown, malformed and
/// conflicting attributes.
pub(crate) fn parse_param_attrs<'a>(attrs: &'a [Attribute], cx: &Ctxt) -> Option<RoleAttr<'a>> {
    let mut found: Option<RoleAttr<'a>> = None;
    for attr in attrs {
        let role = if attr.path().is_ident(QUERY) || attr.path().is_ident(BODY) {
            if !matches!(attr.meta, Meta::Path(_)) {
                cx.error_spanned_by(
                    attr,
                    format!("`#[{}]` takes no arguments", attr.path().to_token_stream()),
                );
                continue;
            }
            if attr.path().is_ident(QUERY) {
                Role::Query
            } else {
                Role::Body
            }
        } else if attr.path().is_ident(HEADER) {
            let Some(name) = header_name(attr) else {
                cx.error_spanned_by(
                    attr,
                    "expected `#[header(\"Name\")]`, e.g. `#[header(\"X-Request-Id\")]`",
                );
                continue;
            };
            Role::Header(name)
        } else if is_lint_attr(attr) {
            continue;
        } else {
            cx.error_spanned_by(
                attr,
                format!(
                    "unknown parameter attribute `#[{}]`; expected one of \
                     `#[query]`, `#[body]`, `#[header(\"Name\")]`",
                    attr.path().to_token_stream()
                ),
            );
            continue;
        };
        if let Some(first) = &found {
            cx.error_spanned_by(
                attr,
                format!(
                    "conflicting attributes: this parameter is already `#[{}]`; \
                     a parameter takes at most one of `#[query]`, `#[body]`, `#[header(\"Name\")]`",
                    first.attr.path().to_token_stream()
                ),
            );
            continue;
        }
        found = Some(RoleAttr { role, attr });
    }
    found
}

fn header_name(attr: &Attribute) -> Option<LitStr> {
    match &attr.meta {
        Meta::List(_) => attr.parse_args::<LitStr>().ok(),
        _ => None,
    }
}
