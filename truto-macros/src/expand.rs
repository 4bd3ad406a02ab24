//! Code generation for a checked endpoint.
//!
//! The `async fn` becomes `fn .. -> impl Future<Output = RET> + Send` whose synchronous part
//! fills a non-generic `RequestBuilder` from the arguments (so the future owns no argument
//! reference, whatever the argument types) and hands it to the one runtime entry point,
//! `::truto::__private::send`; the `async move` block only awaits and decodes.
//!
//! Calls that can fail to type-check are spanned on the user's tokens (axum-macros style),
//! so rustc reports e.g. a missing `Serialize` at the argument. Those spans keep the
//! expansion's hygiene (`located_at`), so lints such as clippy's treat the code as generated.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{parse_quote_spanned, FnArg, LitStr, Receiver, ReturnType, Signature, Type};

use crate::ast::{Decode, Endpoint, Param};
use crate::attr::{self, Role};
use crate::check::Ready;
use crate::path_template::Piece;

/// The trait method with its default body, for a declaration that passed the checks.
pub(crate) fn expand(ep: &Endpoint, ready: &Ready) -> TokenStream {
    let attrs = &ep.item.attrs;
    let doc = http_doc(ep, ready);
    let sig = future_signature(&ep.item.sig, ready.output.ty, false);
    let request = Ident::new("__truto_request", Span::mixed_site());
    let sent = Ident::new("__truto_sent", Span::mixed_site());

    // Re-created with the expansion's hygiene: lints about string literals (e.g. clippy's
    // `{id}` "looks like a format argument") are for literals the user wrote as expressions.
    let path = LitStr::new(&ready.path.value(), located(ready.path.span()));
    let method = format_ident!("{}", ready.method.variant());
    let mut steps = Vec::new();
    for piece in &ready.template.pieces {
        steps.push(match piece {
            Piece::Literal(text) => {
                let text = LitStr::new(text, path.span());
                quote!(#request.push_literal(#text);)
            }
            Piece::Placeholder(placeholder) => {
                let param = ready.placeholders[&placeholder.name];
                let (name, value) = (LitStr::new(&placeholder.name, path.span()), arg(param));
                quote_spanned!(user(param)=> #request.push_segment(#name, &#value);)
            }
        });
    }
    for param in &ep.params {
        let Some(name) = param.name() else { continue };
        if ready.placeholders.contains_key(&name) {
            continue;
        }
        let value = arg(param);
        let span = user(param);
        steps.push(match param.role.as_ref().map(|r| &r.role) {
            None => {
                let name = LitStr::new(&name, span);
                quote_spanned!(span=> #request.query_param(#name, &#value);)
            }
            Some(Role::Query) => quote_spanned!(span=> #request.query(&#value);),
            Some(Role::Body) => quote_spanned!(span=> #request.json_body(&#value);),
            Some(Role::Header(header)) => quote_spanned!(span=> #request.header(#header, #value);),
        });
    }
    if let Some(format) = ep.args.format {
        let variant = format_ident!("{}", format.variant());
        steps.push(quote! {
            #request.response_format(::truto::__private::ResponseFormat::#variant);
        });
    }

    // Spanned on `self`: a trait without the `truto::Api` supertrait is reported there.
    let self_token = ready.self_token;
    let client = quote_spanned! {located(self_token.span)=>
        ::truto::__private::client(#self_token)
    };
    // Everything that needs `T: DeserializeOwned` is spanned on `T`, so rustc reports it there.
    let (decode, span) = match &ready.output.decode {
        Decode::Json(ty) => {
            let span = located(first_span(ty));
            (
                quote_spanned!(span=> ::truto::__private::decode_json::<#ty>),
                span,
            )
        }
        Decode::Unit => (quote!(::truto::__private::decode_unit), Span::call_site()),
        Decode::Stream => (quote!(::truto::__private::decode_stream), Span::call_site()),
    };
    let future = quote_spanned! {span=>
        async move { #decode(#sent.await?).await }
    };
    quote! {
        #(#attrs)*
        #doc
        #sig {
            let mut #request = ::truto::__private::RequestBuilder::new(
                ::truto::__private::Method::#method,
                #path,
            );
            #(#steps)*
            let #sent = ::truto::__private::send(#client, #request);
            #future
        }
    }
}

/// `#[doc]` lines stating the HTTP method and path, after the user's own docs.
fn http_doc(ep: &Endpoint, ready: &Ready) -> TokenStream {
    let mut line = format!(
        "**HTTP:** `{} {}`",
        ready.method.as_str(),
        ready.path.value()
    );
    if let Some(format) = ep.args.format {
        line = format!("{line} (response format `{}`)", format.as_str());
    }
    let has_docs = ep.item.attrs.iter().any(|a| a.path().is_ident("doc"));
    let separator = has_docs.then(|| quote!(#[doc = ""]));
    quote!(#separator #[doc = #line])
}

/// The method's signature as a synchronous `fn` returning a `Send` future of `ret`.
///
/// Parameter attributes other than lint attributes are removed (rustc does not know
/// `#[query]`). With `repair`, for the fallback, the signature is also made to compile
/// whatever was wrong with it, so the error does not cascade.
pub(crate) fn future_signature(sig: &Signature, ret: &Type, repair: bool) -> Signature {
    let mut sig = sig.clone();
    sig.asyncness = None;
    for input in &mut sig.inputs {
        match input {
            FnArg::Typed(arg) => arg.attrs.retain(attr::is_lint_attr),
            // A by-value `self` needs `Self: Sized` in a default body: use `&self` instead.
            FnArg::Receiver(receiver) if repair && is_by_value(receiver) => {
                let span = receiver.self_token.span;
                *receiver = parse_quote_spanned!(span=> &self);
            }
            FnArg::Receiver(_) => {}
        }
    }
    if repair {
        sig.constness = None;
        sig.unsafety = None;
        sig.abi = None;
    }
    let span = located(first_span(ret));
    sig.output = ReturnType::Type(
        syn::token::RArrow::default(),
        Box::new(parse_quote_spanned! {span=>
            impl ::core::future::Future<Output = #ret> + ::core::marker::Send
        }),
    );
    sig
}

fn is_by_value(receiver: &Receiver) -> bool {
    matches!(&*receiver.ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self"))
}

/// The parameter's name as an expression in the generated body.
fn arg(param: &Param) -> Ident {
    let mut ident = param.ident.expect("checked: plain name").clone();
    ident.set_span(user(param));
    ident
}

/// The span generated code about `param` carries: the user's parameter name.
fn user(param: &Param) -> Span {
    located(param.ident.map_or_else(Span::call_site, Ident::span))
}

/// Generated-code hygiene at the user's location.
fn located(span: Span) -> Span {
    Span::call_site().located_at(span)
}

/// The span of the first token of `tokens` (on stable, `Spanned::span` is no better).
fn first_span(tokens: &impl quote::ToTokens) -> Span {
    tokens
        .to_token_stream()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |t| t.span())
}
