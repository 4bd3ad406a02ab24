//! Code generation for a checked `#[derive(Endpoint)]`: an `impl ::truto::__private::Endpoint`
//! whose `request` fills a `RequestBuilder` from `self`'s fields (the statements shared with
//! `#[truto_endpoint]`, see [`emit`]) and whose `decode` picks the decoder for `Response`.

use proc_macro2::{TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};
use syn::{parse_quote, GenericParam, Generics, Type, WhereClause};

use crate::ast::Decode;
use crate::emit::{self, Request, Source};
use crate::expand::decode_fn;

use super::ast::Struct;
use super::Ready;

/// The `Endpoint` impl of a struct that passed the checks.
pub(super) fn expand(item: &Struct, ready: &Ready) -> TokenStream {
    let ident = &item.input.ident;
    let response = ready.response;
    let sources: Vec<_> = ready
        .fields
        .iter()
        .map(|field| Source {
            ident: field.ident,
            role: field.role.as_ref().map(|r| &r.role),
            field: true,
        })
        .collect();
    let build = emit::build_request(&Request {
        method: ready.method,
        path: ready.path,
        template: ready.template,
        sources: &sources,
        placeholders: &ready.placeholders,
        format: item.args.format,
        idempotency: item.args.idempotency,
        streamed: matches!(Decode::of(response), Decode::Stream),
        whole_body: item.args.whole_body.as_ref().map(|body| body.span()),
    });
    let request = emit::request_ident();
    let (impl_generics, ty_generics, _) = item.input.generics.split_for_impl();
    let where_clause = where_clause(&item.input.generics, response);
    // Spanned on the response type, so a missing `DeserializeOwned` is reported there.
    let (decode, span) = decode_fn(&Decode::of(response));
    let decode = quote_spanned!(span=> #decode(response));
    let decoded = quote_spanned!(span=> ::truto::Result<Self::Response>);
    quote! {
        #[automatically_derived]
        impl #impl_generics ::truto::__private::Endpoint for #ident #ty_generics #where_clause {
            type Response = #response;

            fn request(&self) -> ::truto::__private::RequestBuilder {
                #build
                #request
            }

            fn decode(response: ::truto::__private::RawResponse) -> #decoded {
                #decode
            }
        }
    }
}

/// The struct's where clause, plus `Response: Send + 'static` (what the trait requires of
/// it) when the response type mentions one of the struct's type parameters.
fn where_clause(generics: &Generics, response: &Type) -> Option<WhereClause> {
    let mut clause = generics.where_clause.clone();
    let type_params: Vec<_> = generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(param) => Some(param.ident.to_string()),
            _ => None,
        })
        .collect();
    if mentions_any(response.to_token_stream(), &type_params) {
        clause
            .get_or_insert_with(|| parse_quote!(where))
            .predicates
            .push(parse_quote!(#response: ::core::marker::Send + 'static));
    }
    clause
}

/// Whether `tokens` contain one of the identifiers `names`.
fn mentions_any(tokens: TokenStream, names: &[String]) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => names.iter().any(|name| ident == name),
        TokenTree::Group(group) => mentions_any(group.stream(), names),
        _ => false,
    })
}
