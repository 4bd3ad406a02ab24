//! The attribute vocabulary (names kept as constants, `serde_derive`'s `symbol.rs`) and the
//! typed parsing of what an input does: a method parameter's `#[query]`, `#[body]`,
//! `#[multipart]`, `#[raw_body]`, `#[header("Name")]`, or a struct field's
//! `#[endpoint(path | flatten | query = "name" | body | multipart | raw_body |
//! header = "Name" | skip)]`.
//!
//! Only parsing happens here; whether the parsed roles fit together (a body on GET, a
//! header name that is not a token, ...) is `bind.rs`'s job.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, ExprLit, Lit, LitStr, Meta, Token};

use crate::ctxt::Ctxt;
use crate::dialect::Dialect;

/// The attribute macro's own name, e.g. to spot it twice on one method.
pub(crate) const TRUTO_ENDPOINT: &str = "truto_endpoint";
/// `#[query]`: a `Serialize` value flattened into the query string.
pub(crate) const QUERY: &str = "query";
/// `#[body]`: a `Serialize` value sent as the JSON body.
pub(crate) const BODY: &str = "body";
/// `#[multipart]`: a `Multipart` form sent as the `multipart/form-data` body.
pub(crate) const MULTIPART: &str = "multipart";
/// `#[raw_body]`: a `RawBody` sent as is, with `truto_body_passthrough=true`.
pub(crate) const RAW_BODY: &str = "raw_body";
/// `#[header("Name")]`: a header value.
pub(crate) const HEADER: &str = "header";
/// `format = raw`: the forced `truto_response_format`.
pub(crate) const FORMAT: &str = "format";
/// `idempotent`, `idempotent = true | false | key`: whether the request may be sent twice.
pub(crate) const IDEMPOTENT: &str = "idempotent";
/// The derive's attribute, on the struct and on fields: `#[endpoint(..)]`.
pub(crate) const ENDPOINT: &str = "endpoint";
/// `response = Type`: what the derive's answer decodes into.
pub(crate) const RESPONSE: &str = "response";
/// `#[endpoint(path)]`: a field filling the placeholder of its name.
pub(crate) const PATH: &str = "path";
/// `#[endpoint(flatten)]`: a `Serialize` field flattened into the query string.
pub(crate) const FLATTEN: &str = "flatten";
/// `#[endpoint(skip)]`: a field that is not sent.
pub(crate) const SKIP: &str = "skip";

/// Lint attributes rustc accepts on parameters; kept on the generated method as written.
const LINT_ATTRS: [&str; 5] = ["allow", "warn", "deny", "forbid", "expect"];

/// What a parameter or field does in the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Role {
    /// Fills the path placeholder of its name (`#[endpoint(path)]`).
    Path,
    /// Flattened into the query string (`#[query]`, `#[endpoint(flatten)]`).
    Query,
    /// One query parameter under another name (`#[endpoint(query = "name")]`).
    QueryAs(LitStr),
    /// The JSON body (`#[body]`, `#[endpoint(body)]`).
    Body,
    /// A `multipart/form-data` body (`#[multipart]`, `#[endpoint(multipart)]`).
    Multipart,
    /// A raw body sent as is (`#[raw_body]`, `#[endpoint(raw_body)]`).
    RawBody,
    /// A header (`#[header("Name")]`, `#[endpoint(header = "Name")]`).
    Header(LitStr),
    /// Not sent (`#[endpoint(skip)]`).
    Skip,
}

/// A recognized role, with the tokens that gave it (the parameter's attribute, or the
/// field's option inside `#[endpoint(..)]`) kept for error spans.
pub(crate) struct RoleAttr {
    /// What the attribute says.
    pub(crate) role: Role,
    /// The attribute or option as written.
    pub(crate) tokens: TokenStream,
}

/// Whether a parameter attribute is a lint attribute, kept as written on the method.
pub(crate) fn is_lint_attr(attr: &Attribute) -> bool {
    LINT_ATTRS.iter().any(|lint| attr.path().is_ident(lint))
}

/// The roles a method parameter can take, for messages.
const PARAM_ROLES: &str =
    "`#[query]`, `#[body]`, `#[multipart]`, `#[raw_body]`, `#[header(\"Name\")]`";

/// The options of a field's `#[endpoint(..)]`, for messages.
const FIELD_OPTIONS: &str = "`path`, `flatten`, `query = \"name\"`, `body`, `multipart`, \
                             `raw_body`, `header = \"Name\"`, `skip`";

/// The role of a flag attribute or option that takes no arguments (`query`/`flatten` aside).
fn body_flag(key: &str) -> Option<Role> {
    match key {
        BODY => Some(Role::Body),
        MULTIPART => Some(Role::Multipart),
        RAW_BODY => Some(Role::RawBody),
        _ => None,
    }
}

/// Keeps the first role found; reports any further one as conflicting.
fn keep_first(
    found: &mut Option<RoleAttr>,
    next: RoleAttr,
    noun: &str,
    first: &str,
    all: &str,
    cx: &Ctxt,
) {
    if found.is_some() {
        cx.error_spanned_by(
            &next.tokens,
            format!(
                "conflicting attributes: this {noun} is already `{first}`; \
                 a {noun} takes at most one of {all}"
            ),
        );
    } else {
        *found = Some(next);
    }
}

/// Parses a parameter's attributes into at most one role; reports unknown, malformed and
/// conflicting attributes.
pub(crate) fn parse_param_attrs(attrs: &[Attribute], cx: &Ctxt) -> Option<RoleAttr> {
    let mut found: Option<RoleAttr> = None;
    for attr in attrs {
        let flag = attr.path().get_ident().map(ToString::to_string);
        let flag = flag.as_deref().and_then(|key| match key {
            QUERY => Some(Role::Query),
            key => body_flag(key),
        });
        let role = if let Some(flag) = flag {
            if !matches!(attr.meta, Meta::Path(_)) {
                cx.error_spanned_by(
                    attr,
                    format!("`#[{}]` takes no arguments", attr.path().to_token_stream()),
                );
                continue;
            }
            flag
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
                    "unknown parameter attribute `#[{}]`; expected one of {PARAM_ROLES}",
                    attr.path().to_token_stream()
                ),
            );
            continue;
        };
        let first = found
            .as_ref()
            .map(|f| Dialect::Method.role_label(&f.role))
            .unwrap_or_default();
        let next = RoleAttr {
            role,
            tokens: attr.to_token_stream(),
        };
        keep_first(&mut found, next, "parameter", &first, PARAM_ROLES, cx);
    }
    found
}

fn header_name(attr: &Attribute) -> Option<LitStr> {
    match &attr.meta {
        Meta::List(_) => attr.parse_args::<LitStr>().ok(),
        _ => None,
    }
}

/// Parses a field's `#[endpoint(..)]` attributes into at most one role; other attributes
/// (`#[serde(..)]`, docs, ...) are left alone. Reports unknown, malformed and conflicting
/// options.
pub(crate) fn parse_field_attrs(attrs: &[Attribute], cx: &Ctxt) -> Option<RoleAttr> {
    let mut found: Option<RoleAttr> = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident(ENDPOINT)) {
        let Meta::List(list) = &attr.meta else {
            cx.error_spanned_by(
                attr,
                format!("expected `#[{ENDPOINT}(..)]` with one of {FIELD_OPTIONS}"),
            );
            continue;
        };
        let metas = match list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) {
            Ok(metas) => metas,
            Err(err) => {
                cx.syn_error(err);
                continue;
            }
        };
        if metas.is_empty() {
            cx.error_spanned_by(
                attr,
                format!("empty `#[{ENDPOINT}()]`: expected one of {FIELD_OPTIONS}"),
            );
        }
        for meta in &metas {
            let Some(role) = field_role(meta, cx) else {
                continue;
            };
            let first = found
                .as_ref()
                .map(|f| Dialect::Derive.role_label(&f.role))
                .unwrap_or_default();
            let next = RoleAttr {
                role,
                tokens: meta.to_token_stream(),
            };
            keep_first(&mut found, next, "field", &first, FIELD_OPTIONS, cx);
        }
    }
    found
}

/// One option of a field's `#[endpoint(..)]`.
fn field_role(meta: &Meta, cx: &Ctxt) -> Option<Role> {
    let path = meta.path();
    let key = path
        .get_ident()
        .map(ToString::to_string)
        .unwrap_or_default();
    let flag = match key.as_str() {
        PATH => Some(Role::Path),
        FLATTEN => Some(Role::Query),
        SKIP => Some(Role::Skip),
        key => body_flag(key),
    };
    if let Some(role) = flag {
        if matches!(meta, Meta::Path(_)) {
            return Some(role);
        }
        cx.error_spanned_by(
            meta,
            format!("`{key}` takes no value: write `#[{ENDPOINT}({key})]`"),
        );
        return None;
    }
    if key == QUERY || key == HEADER {
        let example = if key == QUERY {
            "sort_by"
        } else {
            "X-Request-Id"
        };
        let lit = match meta {
            Meta::NameValue(nv) => match &nv.value {
                Expr::Lit(ExprLit {
                    lit: Lit::Str(lit), ..
                }) => Some(lit.clone()),
                _ => None,
            },
            _ => None,
        };
        let Some(lit) = lit else {
            cx.error_spanned_by(
                meta,
                format!("expected `{key} = \"..\"`, e.g. `#[{ENDPOINT}({key} = \"{example}\")]`"),
            );
            return None;
        };
        return Some(if key == QUERY {
            Role::QueryAs(lit)
        } else {
            Role::Header(lit)
        });
    }
    cx.error_spanned_by(
        path,
        format!(
            "unknown field option `{}`; valid keys: {FIELD_OPTIONS}",
            path.to_token_stream()
        ),
    );
    None
}
