//! `#[derive(Endpoint)]`: a struct whose fields describe one request, implementing the
//! runtime's `Endpoint` trait (sent with `Client::send`).
//!
//! The same passes as `#[truto_endpoint]`, over a struct instead of a method: the views
//! ([`ast`]), the shared binding checks ([`bind`]) plus the derive's own, then
//! the expansion ([`expand`]). A derive cannot change the struct, so on error it emits only
//! the `compile_error!`s, no impl.

mod ast;
mod expand;

use std::collections::HashMap;

use proc_macro2::{Span, TokenStream};
use syn::{DeriveInput, LitStr, Type};

use crate::args::HttpMethod;
use crate::ast::paginator_segment;
use crate::attr::RESPONSE;
use crate::bind::{self, Target};
use crate::ctxt::Ctxt;
use crate::dialect::Dialect;
use crate::path_template::PathTemplate;

use self::ast::{Field, Struct};

/// What the expansion needs once the struct checked out.
struct Ready<'a> {
    /// The HTTP method.
    method: HttpMethod,
    /// The path literal as written.
    path: &'a LitStr,
    /// The parsed path.
    template: &'a PathTemplate,
    /// `response = Type`.
    response: &'a Type,
    /// The named fields.
    fields: &'a [Field<'a>],
    /// The index in `fields` of the field filling each placeholder.
    placeholders: HashMap<String, usize>,
}

/// The whole derive as a pure function of its input, for the entry point and the tests.
pub(crate) fn expand_derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(err) => return err.into_compile_error(),
    };
    derive(&input).unwrap_or_else(syn::Error::into_compile_error)
}

/// Parses, checks and expands: the impl, or every error found.
pub(crate) fn derive(input: &DeriveInput) -> Result<TokenStream, syn::Error> {
    let cx = Ctxt::new();
    let item = Struct::from_syn(input, &cx);
    let ready = check(&item, &cx);
    cx.check()?;
    // Every `None` in `check` comes with an error; keep a message in case one does not.
    let ready = ready.ok_or_else(|| {
        syn::Error::new(
            Span::call_site(),
            "truto-macros: internal error, incomplete endpoint without a reported error",
        )
    })?;
    Ok(expand::expand(&item, &ready))
}

/// Checks the struct, recording problems in `cx`; `Some` when the expansion can go ahead.
fn check<'a>(item: &'a Struct<'a>, cx: &Ctxt) -> Option<Ready<'a>> {
    let target = Target {
        dialect: Dialect::Derive,
        method: item.args.method,
        path: item.args.path.as_ref(),
        template: item.template.as_ref(),
        whole_body: item.args.whole_body.as_ref(),
    };
    let fields = item.fields.as_deref().unwrap_or_default();
    let inputs: Vec<_> = fields.iter().map(Field::input).collect();
    // Without fields (not a struct), only what is wrong with the path itself is reported.
    let placeholders = if item.fields.is_some() {
        bind::bind(&target, &inputs, cx)
    } else {
        HashMap::new()
    };
    if let Some(response) = &item.args.response {
        if paginator_segment(response).is_some() {
            cx.error_spanned_by(
                response,
                format!(
                    "`{RESPONSE} = Paginator<..>`: a derived endpoint is sent once; declare a \
                     list as `#[truto_endpoint(GET, \"/path\")] fn list(&self, ..) -> \
                     truto::Paginator<T>;` in a trait"
                ),
            );
        }
    }
    Some(Ready {
        method: item.args.method?,
        path: item.args.path.as_ref()?,
        template: item.template.as_ref()?,
        response: item.args.response.as_ref()?,
        fields: item.fields.as_deref()?,
        placeholders,
    })
}
