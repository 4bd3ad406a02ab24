//! The validation pass of `#[truto_endpoint]`: does the method declaration make a
//! well-formed endpoint? (The parameters are checked against the path by the shared
//! [`bind`] pass.)
//!
//! Every problem is recorded in the [`Ctxt`] (none stops the pass), so one compile shows
//! them all. On success the pass hands the expansion the pieces it needs, already unwrapped.

use std::collections::HashMap;

use syn::{LitStr, ReturnType, Signature, Token};

use crate::args::HttpMethod;
use crate::ast::{self, Endpoint, Output, Param};
use crate::attr::{FORMAT, TRUTO_ENDPOINT};
use crate::bind::{self, Target};
use crate::ctxt::Ctxt;
use crate::dialect::Dialect;
use crate::path_template::PathTemplate;

/// What the expansion needs once the declaration checked out.
pub(crate) struct Ready<'a> {
    /// The HTTP method.
    pub(crate) method: HttpMethod,
    /// The path literal as written.
    pub(crate) path: &'a LitStr,
    /// The parsed path.
    pub(crate) template: &'a PathTemplate,
    /// The `self` token of `&self`, to point a missing `truto::Api` supertrait at it.
    pub(crate) self_token: &'a Token![self],
    /// The return type.
    pub(crate) output: &'a Output<'a>,
    /// The index in the endpoint's `params` of the parameter filling each placeholder.
    pub(crate) placeholders: HashMap<String, usize>,
}

/// Checks `ep`, recording problems in `cx`; `Some` when the expansion can go ahead.
pub(crate) fn check<'a>(ep: &'a Endpoint<'a>, cx: &Ctxt) -> Option<Ready<'a>> {
    check_item(ep, cx);
    let self_token = check_receiver(ep, cx);
    check_output(ep, cx);
    check_paginated(ep, cx);
    let placeholders = check_params(ep, cx);
    Some(Ready {
        method: ep.args.method?,
        path: ep.args.path.as_ref()?,
        template: ep.template.as_ref()?,
        self_token: self_token?,
        output: ep.output.as_ref()?,
        placeholders,
    })
}

fn check_item(ep: &Endpoint, cx: &Ctxt) {
    let sig = &ep.item.sig;
    if let Some(body) = &ep.item.default {
        cx.error_spanned_by(
            body,
            "an endpoint method is declared without a body: `#[truto_endpoint]` writes it; \
             end the declaration with `;`",
        );
    }
    if returns_pages(sig) {
        if let Some(asyncness) = sig.asyncness {
            cx.error_spanned_by(
                asyncness,
                "paginated endpoints are plain `fn`: nothing is sent until the stream is \
                 polled; remove `async`",
            );
        }
    } else if sig.asyncness.is_none() {
        cx.error_spanned_by(
            sig.fn_token,
            "endpoint methods are `async fn`: write `async fn` here",
        );
    }
    if let Some(constness) = sig.constness {
        cx.error_spanned_by(constness, "endpoint methods cannot be `const`");
    }
    if let Some(unsafety) = sig.unsafety {
        cx.error_spanned_by(unsafety, "endpoint methods cannot be `unsafe`");
    }
    if let Some(abi) = &sig.abi {
        cx.error_spanned_by(abi, "endpoint methods cannot have an `extern` ABI");
    }
    for attr in &ep.item.attrs {
        if is_truto_endpoint(attr) {
            cx.error_spanned_by(
                attr,
                "duplicate `#[truto_endpoint]`: a method is one endpoint",
            );
        }
    }
}

/// Whether the declaration means a paginated endpoint: it returns `Paginator<..>`, even
/// malformed or wrapped in a `Result`.
fn returns_pages(sig: &Signature) -> bool {
    match &sig.output {
        ReturnType::Type(_, ty) => {
            ast::paginator_segment(ty).is_some()
                || ast::result_arg(ty).is_some_and(|ok| ast::paginator_segment(ok).is_some())
        }
        ReturnType::Default => false,
    }
}

/// Whether `attr` is `#[truto_endpoint(..)]`, however its path is written.
pub(crate) fn is_truto_endpoint(attr: &syn::Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|last| last.ident == TRUTO_ENDPOINT)
}

fn check_receiver<'a>(ep: &Endpoint<'a>, cx: &Ctxt) -> Option<&'a Token![self]> {
    let Some(receiver) = ep.receiver else {
        cx.error_at(
            ep.item.sig.paren_token.span.join(),
            "endpoint methods take `&self` first: the client is reached through `self`",
        );
        return None;
    };
    if receiver.colon_token.is_some() {
        cx.error_spanned_by(
            receiver,
            "endpoint methods take `&self`: write the receiver as `&self`",
        );
    } else if receiver.reference.is_none() {
        cx.error_spanned_by(
            receiver,
            "endpoint methods take `&self`, not `self`: a request only reads the client",
        );
    } else if receiver.mutability.is_some() {
        cx.error_spanned_by(
            receiver,
            "endpoint methods take `&self`, not `&mut self`: a request only reads the client",
        );
    } else {
        return Some(&receiver.self_token);
    }
    None
}

fn check_output(ep: &Endpoint, cx: &Ctxt) {
    if ep.output.is_some() {
        return;
    }
    match &ep.item.sig.output {
        ReturnType::Default => cx.error_at(
            ep.item.sig.paren_token.span.close(),
            "missing return type: endpoint methods return `truto::Result<T>`, \
             e.g. `-> truto::Result<serde_json::Value>`",
        ),
        ReturnType::Type(_, ty) if ast::paginator_segment(ty).is_some() => cx.error_spanned_by(
            ty,
            "paginated endpoints return `Paginator<T>` with one type argument, the item type, \
             e.g. `truto::Paginator<truto::ticketing::Ticket>`",
        ),
        ReturnType::Type(_, ty)
            if ast::result_arg(ty).is_some_and(|ok| ast::paginator_segment(ok).is_some()) =>
        {
            cx.error_spanned_by(
                ty,
                "paginated endpoints return `Paginator<T>` itself, not in a `Result`: \
                 write `-> truto::Paginator<T>`; errors arrive as the stream's items",
            )
        }
        ReturnType::Type(_, ty) if ast::result_segment(ty).is_some() => cx.error_spanned_by(
            ty,
            "endpoint methods return `Result<T>` with one type argument, e.g. \
             `truto::Result<T>`: the error type is always `truto::Error`",
        ),
        ReturnType::Type(_, ty) => cx.error_spanned_by(
            ty,
            "endpoint methods return `truto::Result<T>`: JSON decoded into `T`, \
             `truto::Result<()>` to ignore the body, or `truto::Result<truto::ByteStream>` \
             to stream it",
        ),
    }
}

/// A paginated endpoint reads a list: GET, in a format that keeps Truto's list envelope.
fn check_paginated(ep: &Endpoint, cx: &Ctxt) {
    if !matches!(ep.output, Some(Output::Paginated { .. })) {
        return;
    }
    if let (Some(method), Some(span)) = (ep.args.method, ep.args.method_span) {
        if method != HttpMethod::Get {
            cx.error_at(
                span,
                format!(
                    "paginated endpoints are `GET`: Truto's lists are read with GET; \
                     for a `{}` endpoint write `async fn .. -> truto::Result<T>`",
                    method.as_str()
                ),
            );
        }
    }
    if let (Some(format), Some(span)) = (ep.args.format, ep.args.format_span) {
        if !format.is_unified() {
            cx.error_at(
                span,
                format!(
                    "`{FORMAT} = {}` cannot be paginated: pagination decodes Truto's list \
                     envelope (`result`, `next_cursor`), which only the `unified` and \
                     `normalized` formats have; read one page with \
                     `async fn .. -> truto::Result<T>` instead",
                    format.as_str()
                ),
            );
        }
    }
}

fn check_params(ep: &Endpoint, cx: &Ctxt) -> HashMap<String, usize> {
    let target = Target {
        dialect: Dialect::Method,
        method: ep.args.method,
        path: ep.args.path.as_ref(),
        template: ep.template.as_ref(),
        whole_body: None,
    };
    let inputs: Vec<_> = ep.params.iter().map(Param::input).collect();
    bind::bind(&target, &inputs, cx)
}
