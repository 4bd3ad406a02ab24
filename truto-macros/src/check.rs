//! The validation pass: does the declaration make a well-formed endpoint?
//!
//! Every problem is recorded in the [`Ctxt`] (none stops the pass), so one compile shows
//! them all. On success the pass hands the expansion the pieces it needs, already unwrapped.

use std::collections::{HashMap, HashSet};

use syn::{LitStr, ReturnType, Token};

use crate::ast::{self, Endpoint, Output, Param};
use crate::attr::{HttpMethod, Role, TRUTO_ENDPOINT};
use crate::ctxt::Ctxt;
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
    /// The parameter filling each placeholder, by placeholder name.
    pub(crate) placeholders: HashMap<String, &'a Param<'a>>,
}

/// Checks `ep`, recording problems in `cx`; `Some` when the expansion can go ahead.
pub(crate) fn check<'a>(ep: &'a Endpoint<'a>, cx: &Ctxt) -> Option<Ready<'a>> {
    check_item(ep, cx);
    let self_token = check_receiver(ep, cx);
    check_output(ep, cx);
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
    if sig.asyncness.is_none() {
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

fn check_params<'a>(ep: &'a Endpoint<'a>, cx: &Ctxt) -> HashMap<String, &'a Param<'a>> {
    let placeholder_names: HashSet<&str> = ep
        .template
        .iter()
        .flat_map(PathTemplate::placeholders)
        .map(|p| p.name.as_str())
        .collect();
    let mut bound = HashMap::new();
    let mut body: Option<&Param> = None;
    let mut headers: HashMap<String, &LitStr> = HashMap::new();
    for param in &ep.params {
        let Some(name) = param.name() else {
            cx.error_spanned_by(
                &param.arg.pat,
                "endpoint parameters need a plain name: a parameter fills the path \
                 placeholder of that name, is sent as the query parameter of that name, or is \
                 `#[query]`, `#[body]` or `#[header(\"Name\")]`",
            );
            continue;
        };
        if placeholder_names.contains(name.as_str()) {
            if let Some(role) = &param.role {
                cx.error_spanned_by(
                    role.attr,
                    format!(
                        "parameter `{name}` fills the path placeholder `{{{name}}}`; \
                         it cannot also be `{}`",
                        role_label(&role.role)
                    ),
                );
            }
            bound.insert(name, param);
            continue;
        }
        let Some(role) = &param.role else { continue };
        match &role.role {
            Role::Query => {}
            Role::Body => {
                if let Some(first) = body {
                    cx.error_spanned_by(
                        role.attr,
                        format!(
                            "only one `#[body]` parameter is allowed; `{}` is already the body",
                            first.name().unwrap_or_default()
                        ),
                    );
                    continue;
                }
                body = Some(param);
                if ep.args.method == Some(HttpMethod::Get) {
                    cx.error_spanned_by(
                        role.attr,
                        "a GET request has no body: send this as `#[query]`, \
                         or use POST, PUT or PATCH",
                    );
                }
            }
            Role::Header(lit) => {
                let value = lit.value();
                if let Err(message) = check_header_name(&value) {
                    cx.error_spanned_by(lit, message);
                } else if let Some(first) = headers.insert(value.to_ascii_lowercase(), lit) {
                    cx.error_spanned_by(
                        lit,
                        format!(
                            "header `{value}` is already set by another parameter (as `{}`)",
                            first.value()
                        ),
                    );
                }
            }
        }
    }
    check_placeholders_bound(ep, &bound, cx);
    bound
}

fn check_placeholders_bound(ep: &Endpoint, bound: &HashMap<String, &Param>, cx: &Ctxt) {
    let (Some(template), Some(lit)) = (&ep.template, &ep.args.path) else {
        return;
    };
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
                    "path placeholder `{{{name}}}` has no parameter named `{name}`; \
                     add one, e.g. `{name}: &str`"
                ),
            );
        }
    }
}

fn role_label(role: &Role) -> &'static str {
    match role {
        Role::Query => "#[query]",
        Role::Body => "#[body]",
        Role::Header(_) => "#[header(..)]",
    }
}

/// A header name must be an HTTP token (RFC 9110, section 5.6.2).
pub(crate) fn check_header_name(name: &str) -> Result<(), String> {
    const SPECIALS: &str = "!#$%&'*+-.^_`|~";
    if name.is_empty() {
        return Err("empty header name: write e.g. `#[header(\"X-Request-Id\")]`".into());
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
