//! Typed parsing of an endpoint's arguments, `METHOD, "path", key = value, ..`: those of
//! `#[truto_endpoint(..)]` and of the derive's struct-level `#[endpoint(..)]`, which differ
//! only in the keys they accept (see [`Dialect`]).
//!
//! Only parsing happens here; whether the parsed pieces fit together (a body on GET, a
//! paginated POST, ...) is for the checks.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Expr, ExprLit, Ident, Lit, LitStr, Token, Type};

use crate::attr::{BODY, FORMAT, IDEMPOTENT, RESPONSE};
use crate::ctxt::Ctxt;
use crate::dialect::Dialect;
use crate::emit::first_span;

/// An HTTP method the macros accept, written in upper case.
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

    /// Whether the answer keeps Truto's unified envelope (what pagination reads).
    pub(crate) fn is_unified(self) -> bool {
        matches!(self, ResponseFormat::Unified | ResponseFormat::Normalized)
    }
}

/// `idempotent = ..`: how safely the request can be sent twice (the runtime's `Idempotency`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IdempotencyArg {
    /// `idempotent` or `idempotent = true`: repeating it has no further effect.
    Idempotent,
    /// `idempotent = key`: the server deduplicates it by `Idempotency-Key`.
    ByKey,
    /// `idempotent = false`: never sent again once its bytes went out.
    NotIdempotent,
}

impl IdempotencyArg {
    /// The runtime's `Idempotency` variant.
    pub(crate) fn variant(self) -> &'static str {
        match self {
            IdempotencyArg::Idempotent => "Idempotent",
            IdempotencyArg::ByKey => "ByKey",
            IdempotencyArg::NotIdempotent => "NotIdempotent",
        }
    }
}

/// The parsed arguments; `None` where missing or invalid (the error is already recorded).
#[derive(Default)]
pub(crate) struct EndpointArgs {
    /// The HTTP method.
    pub(crate) method: Option<HttpMethod>,
    /// The method as written, for errors about it.
    pub(crate) method_span: Option<Span>,
    /// The path literal, kept for its span and re-emitted as the request's template.
    pub(crate) path: Option<LitStr>,
    /// `format = ...`, if given.
    pub(crate) format: Option<ResponseFormat>,
    /// The format's value as written, for errors about it.
    pub(crate) format_span: Option<Span>,
    /// `response = Type` (derive only).
    pub(crate) response: Option<Type>,
    /// The bare `body` key: the whole struct is the JSON body (derive only).
    pub(crate) whole_body: Option<Ident>,
    /// `idempotent`, `idempotent = ..`, if given.
    pub(crate) idempotency: Option<IdempotencyArg>,
}

/// One comma-separated argument, before interpretation.
enum Arg {
    /// `GET`, `"/path"`, `body`, ...
    Positional(Expr),
    /// `key = value` (boxed: much larger than a positional argument).
    Option { key: Box<Expr>, value: Box<Value> },
}

/// The value of `key = value`: a type for `response`, an expression otherwise.
enum Value {
    Expr(Expr),
    Type(Type),
}

impl ToTokens for Value {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Value::Expr(expr) => expr.to_tokens(tokens),
            Value::Type(ty) => ty.to_tokens(tokens),
        }
    }
}

/// Parses the arguments, recording every problem in `cx`. `anchor` is what errors about
/// the arguments as a whole point at (the attribute; empty for the call site).
pub(crate) fn parse_endpoint_args(
    tokens: TokenStream,
    dialect: Dialect,
    anchor: &TokenStream,
    cx: &Ctxt,
) -> EndpointArgs {
    let usage = dialect.usage();
    let mut args = EndpointArgs::default();
    let missing = |cx: &Ctxt| cx.error_spanned_by(anchor, format!("missing arguments: {usage}"));
    if tokens.is_empty() {
        missing(cx);
        return args;
    }
    let parsed = match parse_args.parse2(tokens) {
        Ok(parsed) => parsed,
        Err(err) => {
            cx.syn_error(err);
            return args;
        }
    };
    let mut positional = Vec::new();
    for arg in parsed {
        match arg {
            Arg::Option { key, value } => parse_option(&key, *value, dialect, &mut args, cx),
            Arg::Positional(expr) => positional.push(expr),
        }
    }
    let mut positional = positional.iter();
    match positional.next() {
        None => missing(cx),
        // `#[truto_endpoint("/path")]`: say what is missing, and still check the path.
        Some(Expr::Lit(ExprLit {
            lit: Lit::Str(path),
            ..
        })) if positional.len() == 0 => {
            cx.error_spanned_by(path, format!("missing the HTTP method: {usage}"));
            args.path = Some(path.clone());
        }
        Some(method) => {
            args.method = parse_method(method, cx);
            args.method_span = Some(first_span(method));
            match positional.next() {
                None => cx.error_spanned_by(
                    method,
                    format!("missing the path after the HTTP method: {usage}"),
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
        match expr_ident(extra) {
            Some(ident) if ident == IDEMPOTENT => {
                set_idempotency(&mut args, ident, IdempotencyArg::Idempotent, cx);
            }
            Some(ident) if ident == BODY && dialect == Dialect::Derive => {
                if args.whole_body.is_some() {
                    cx.error_spanned_by(ident, format!("duplicate `{BODY}` option"));
                }
                args.whole_body = Some(ident.clone());
            }
            _ => cx.error_spanned_by(
                extra,
                format!(
                    "unexpected argument: after `METHOD, \"/path\"` only {} follow; valid keys: {}",
                    dialect.option_forms(),
                    dialect.valid_keys()
                ),
            ),
        }
    }
    if dialect == Dialect::Derive && args.response.is_none() {
        cx.error_spanned_by(
            anchor,
            format!(
                "missing `{RESPONSE} = Type`: what the answer decodes into, e.g. \
                 `{RESPONSE} = serde_json::Value`, `{RESPONSE} = ()` to ignore the body, or \
                 `{RESPONSE} = truto::ByteStream` to stream it"
            ),
        );
    }
    args
}

fn parse_args(input: ParseStream) -> syn::Result<Vec<Arg>> {
    let mut args = Vec::new();
    while !input.is_empty() {
        if input.peek(Ident::peek_any) && input.peek2(Token![=]) && !input.peek2(Token![==]) {
            let key = input.call(Ident::parse_any)?;
            input.parse::<Token![=]>()?;
            let value = if key == RESPONSE {
                Value::Type(input.parse()?)
            } else {
                Value::Expr(input.parse()?)
            };
            let key = Expr::Path(syn::ExprPath {
                attrs: Vec::new(),
                qself: None,
                path: key.into(),
            });
            args.push(Arg::Option {
                key: Box::new(key),
                value: Box::new(value),
            });
        } else {
            match input.parse()? {
                Expr::Assign(assign) => args.push(Arg::Option {
                    key: assign.left,
                    value: Box::new(Value::Expr(*assign.right)),
                }),
                expr => args.push(Arg::Positional(expr)),
            }
        }
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(args)
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

fn parse_option(key: &Expr, value: Value, dialect: Dialect, args: &mut EndpointArgs, cx: &Ctxt) {
    let known = expr_ident(key).filter(|key| dialect.accepts_key(&key.to_string()));
    match (known, value) {
        (Some(key), Value::Expr(value)) if key == FORMAT => {
            if args.format.is_some() {
                cx.error_spanned_by(key, format!("duplicate `{FORMAT}` option"));
            }
            let found = expr_ident(&value)
                .and_then(|v| ResponseFormat::ALL.into_iter().find(|f| v == f.as_str()));
            if found.is_none() {
                let expected = ResponseFormat::ALL
                    .map(|f| format!("`{}`", f.as_str()))
                    .join(", ");
                cx.error_spanned_by(
                    &value,
                    format!(
                        "unknown response format `{}`; expected one of {expected}",
                        value.to_token_stream()
                    ),
                );
            } else if args.format.is_none() {
                args.format_span = Some(first_span(&value));
            }
            args.format = args.format.or(found);
        }
        (Some(key), Value::Expr(value)) if key == IDEMPOTENT => {
            let found = match &value {
                Expr::Lit(ExprLit {
                    lit: Lit::Bool(flag),
                    ..
                }) if flag.value => Some(IdempotencyArg::Idempotent),
                Expr::Lit(ExprLit {
                    lit: Lit::Bool(_), ..
                }) => Some(IdempotencyArg::NotIdempotent),
                _ if expr_ident(&value).is_some_and(|v| v == "key") => Some(IdempotencyArg::ByKey),
                _ => None,
            };
            match found {
                Some(found) => set_idempotency(args, key, found, cx),
                None => cx.error_spanned_by(
                    &value,
                    format!(
                        "unknown value `{}`: write `{IDEMPOTENT}` or `{IDEMPOTENT} = true` (safe \
                         to repeat), `{IDEMPOTENT} = key` (the server deduplicates it by \
                         Idempotency-Key) or `{IDEMPOTENT} = false` (never sent twice)",
                        value.to_token_stream()
                    ),
                ),
            }
        }
        (Some(key), Value::Type(ty)) if key == RESPONSE => {
            if args.response.is_some() {
                cx.error_spanned_by(key, format!("duplicate `{RESPONSE}` option"));
            } else {
                args.response = Some(ty);
            }
        }
        _ if dialect == Dialect::Derive && expr_ident(key).is_some_and(|k| k == BODY) => cx
            .error_spanned_by(
                key,
                format!(
                    "`{BODY}` takes no value: write `{BODY}` alone to send the whole struct as \
                     the JSON body"
                ),
            ),
        _ => cx.error_spanned_by(
            key,
            format!(
                "unknown option `{}`; valid keys: {}",
                key.to_token_stream(),
                dialect.valid_keys()
            ),
        ),
    }
}

fn set_idempotency(args: &mut EndpointArgs, at: &Ident, value: IdempotencyArg, cx: &Ctxt) {
    if args.idempotency.is_some() {
        cx.error_spanned_by(at, format!("duplicate `{IDEMPOTENT}` option"));
    } else {
        args.idempotency = Some(value);
    }
}

/// The identifier of an expression that is a bare path of one segment.
fn expr_ident(expr: &Expr) -> Option<&Ident> {
    match expr {
        Expr::Path(p) if p.qself.is_none() && p.attrs.is_empty() => p.path.get_ident(),
        _ => None,
    }
}
