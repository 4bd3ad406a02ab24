//! Code generation shared by both macros: the statements that fill the non-generic
//! `::truto::__private::RequestBuilder` from a method's parameters or a struct's fields.
//!
//! Calls that can fail to type-check (a value that is not `Display`, `Serialize` or a
//! `HeaderArg`) are spanned on the user's tokens (axum-macros style), so rustc reports the
//! problem at the parameter or field. Those spans keep the expansion's hygiene
//! (`located_at`), so lints such as clippy's treat the code as generated.

use std::collections::HashMap;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::ext::IdentExt;
use syn::LitStr;

use crate::args::{HttpMethod, IdempotencyArg, ResponseFormat};
use crate::attr::Role;
use crate::path_template::{PathTemplate, Piece};

/// The builder's local variable; mixed-site hygiene, so no parameter can shadow it.
pub(crate) fn request_ident() -> Ident {
    Ident::new("__truto_request", Span::mixed_site())
}

/// One input as the code generation sees it.
pub(crate) struct Source<'a> {
    /// Its name as written (`r#type` stays raw), with the user's span.
    pub(crate) ident: &'a Ident,
    /// Its role attribute, if any.
    pub(crate) role: Option<&'a Role>,
    /// A struct field, reached as `self.name`; otherwise a parameter, reached as `name`.
    pub(crate) field: bool,
}

impl Source<'_> {
    /// The span generated code about this input carries.
    fn span(&self) -> Span {
        located(self.ident.span())
    }

    /// The value as a place expression: `name` or `self.name`.
    fn value(&self) -> TokenStream {
        let mut ident = self.ident.clone();
        ident.set_span(self.span());
        if self.field {
            let this = Ident::new("self", self.span());
            quote!(#this.#ident)
        } else {
            ident.into_token_stream()
        }
    }

    /// What `header` takes (by value): the parameter itself, or a reference to the field.
    fn header_arg(&self) -> TokenStream {
        let value = self.value();
        if self.field {
            quote_spanned!(self.span()=> &#value)
        } else {
            value
        }
    }
}

/// What to build a request from.
pub(crate) struct Request<'a> {
    /// The HTTP method.
    pub(crate) method: HttpMethod,
    /// The path literal as written.
    pub(crate) path: &'a LitStr,
    /// The parsed path.
    pub(crate) template: &'a PathTemplate,
    /// The inputs, in declaration order.
    pub(crate) sources: &'a [Source<'a>],
    /// The index in `sources` of the input filling each placeholder.
    pub(crate) placeholders: &'a HashMap<String, usize>,
    /// `format = ..`, if given.
    pub(crate) format: Option<ResponseFormat>,
    /// `idempotent = ..`, if given (otherwise the runtime's default for method and path).
    pub(crate) idempotency: Option<IdempotencyArg>,
    /// Whether the answer is streamed (`ByteStream`) rather than read whole.
    pub(crate) streamed: bool,
    /// Sends the whole `self` as the JSON body (the derive's `body` key, whose span is
    /// where a missing `Serialize` is reported).
    pub(crate) whole_body: Option<Span>,
}

/// `let mut __truto_request = RequestBuilder::new(..);` and the statements filling it: the
/// path's pieces, then each input in order, then the whole-value body and the format.
pub(crate) fn build_request(request: &Request) -> TokenStream {
    let local = request_ident();
    // Re-created with the expansion's hygiene: lints about string literals (e.g. clippy's
    // `{id}` "looks like a format argument") are for literals the user wrote as expressions.
    let path = LitStr::new(&request.path.value(), located(request.path.span()));
    let method = format_ident!("{}", request.method.variant());
    let mut steps = Vec::new();
    for piece in &request.template.pieces {
        steps.push(match piece {
            Piece::Literal(text) => {
                let text = LitStr::new(text, path.span());
                quote!(#local.push_literal(#text);)
            }
            Piece::Placeholder(placeholder) => {
                let source = &request.sources[request.placeholders[&placeholder.name]];
                let name = LitStr::new(&placeholder.name, path.span());
                let value = source.value();
                let push = if placeholder.tail {
                    quote!(push_segments)
                } else {
                    quote!(push_segment)
                };
                quote_spanned!(source.span()=> #local.#push(#name, &#value);)
            }
        });
    }
    for (index, source) in request.sources.iter().enumerate() {
        if request.placeholders.values().any(|&bound| bound == index) {
            continue;
        }
        let (value, span) = (source.value(), source.span());
        steps.push(match source.role {
            // With the whole value as the body, an unmarked field is part of the body.
            None if request.whole_body.is_some() => continue,
            None => {
                let name = LitStr::new(&source.ident.unraw().to_string(), span);
                quote_spanned!(span=> #local.query_param(#name, &#value);)
            }
            Some(Role::QueryAs(name)) => quote_spanned!(span=> #local.query_param(#name, &#value);),
            Some(Role::Query) => quote_spanned!(span=> #local.query(&#value);),
            Some(Role::Body) => quote_spanned!(span=> #local.json_body(&#value);),
            Some(Role::Multipart) => quote_spanned!(span=> #local.multipart_body(&#value);),
            Some(Role::RawBody) => quote_spanned!(span=> #local.raw_body(&#value);),
            Some(Role::Header(header)) => {
                let arg = source.header_arg();
                quote_spanned!(span=> #local.header(#header, #arg);)
            }
            Some(Role::Path | Role::Skip) => continue,
        });
    }
    if let Some(span) = request.whole_body {
        let this = Ident::new("self", located(span));
        steps.push(quote_spanned!(located(span)=> #local.json_body(#this);));
    }
    if let Some(format) = request.format {
        let variant = format_ident!("{}", format.variant());
        steps.push(quote! {
            #local.response_format(::truto::__private::ResponseFormat::#variant);
        });
    }
    if let Some(idempotency) = request.idempotency {
        let variant = format_ident!("{}", idempotency.variant());
        steps.push(quote! {
            #local.idempotency(::truto::__private::Idempotency::#variant);
        });
    }
    if request.streamed {
        steps.push(quote!(#local.stream_response();));
    }
    quote! {
        let mut #local = ::truto::__private::RequestBuilder::new(
            ::truto::__private::Method::#method,
            #path,
        );
        #(#steps)*
    }
}

/// Generated-code hygiene at the user's location.
pub(crate) fn located(span: Span) -> Span {
    Span::call_site().located_at(span)
}

/// The span of the first token of `tokens` (on stable, `Spanned::span` is no better).
pub(crate) fn first_span(tokens: &impl ToTokens) -> Span {
    tokens
        .to_token_stream()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |t| t.span())
}
