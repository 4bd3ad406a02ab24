//! Code generation for a checked `#[truto_endpoint]` method.
//!
//! `async fn .. -> Result<T>` becomes `fn .. -> impl Future<Output = Result<T>> + Send`
//! whose synchronous part fills a non-generic `RequestBuilder` from the arguments (so the
//! future owns no argument reference, whatever the argument types) and hands it to the one
//! runtime entry point, `::truto::__private::send`; the `async move` block only awaits and
//! decodes. `fn .. -> Paginator<T>` keeps its signature: the same request is handed to
//! `::truto::__private::paginate`, and nothing is sent until the paginator is polled.
//!
//! Calls that can fail to type-check are spanned on the user's tokens (see [`emit`]).

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::{parse_quote_spanned, FnArg, Receiver, ReturnType, Signature, Type};

use crate::args::IdempotencyArg;
use crate::ast::{Decode, Endpoint, Output, Param};
use crate::attr;
use crate::check::Ready;
use crate::emit::{self, first_span, located, Request, Source};

/// The trait method with its default body, for a declaration that passed the checks.
pub(crate) fn expand(ep: &Endpoint, ready: &Ready) -> TokenStream {
    let attrs = &ep.item.attrs;
    let doc = http_doc(ep, ready);
    let sources: Vec<_> = ep.params.iter().map(source).collect();
    let build = emit::build_request(&Request {
        method: ready.method,
        path: ready.path,
        template: ready.template,
        sources: &sources,
        placeholders: &ready.placeholders,
        format: ep.args.format,
        idempotency: ep.args.idempotency,
        streamed: matches!(
            ready.output,
            Output::Once {
                decode: Decode::Stream,
                ..
            }
        ),
        whole_body: None,
    });
    let request = emit::request_ident();

    // Spanned on `self`: a trait without the `truto::Api` supertrait is reported there.
    let self_token = ready.self_token;
    let client = quote_spanned! {located(self_token.span)=>
        ::truto::__private::client(#self_token)
    };
    let (sig, tail) = match ready.output {
        Output::Once { ty, decode } => {
            let sent = Ident::new("__truto_sent", Span::mixed_site());
            // Everything that needs `T: DeserializeOwned` is spanned on `T`.
            let (decode, span) = decode_fn(decode);
            let future = quote_spanned! {span=>
                async move { #decode(#sent.await?) }
            };
            let tail = quote! {
                let #sent = ::truto::__private::send(#client, #request);
                #future
            };
            (future_signature(&ep.item.sig, ty, false), tail)
        }
        Output::Paginated { item, .. } => {
            let span = located(first_span(item));
            let tail = quote_spanned! {span=>
                ::truto::__private::paginate::<#item>(#client, #request)
            };
            (plain_signature(&ep.item.sig, false), tail)
        }
    };
    quote! {
        #(#attrs)*
        #doc
        #sig {
            #build
            #tail
        }
    }
}

/// The decoding function for `decode`, and the span errors about its type belong at.
pub(crate) fn decode_fn(decode: &Decode) -> (TokenStream, Span) {
    match decode {
        Decode::Json(ty) => {
            let span = located(first_span(ty));
            (
                quote_spanned!(span=> ::truto::__private::decode_json::<#ty>),
                span,
            )
        }
        Decode::Unit => (quote!(::truto::__private::decode_unit), Span::call_site()),
        Decode::Stream => (quote!(::truto::__private::decode_stream), Span::call_site()),
    }
}

fn source<'a>(param: &'a Param) -> Source<'a> {
    Source {
        ident: param.ident.expect("checked: plain name"),
        role: param.role.as_ref().map(|r| &r.role),
        field: false,
    }
}

/// `#[doc]` lines stating the HTTP method and path, after the user's own docs.
fn http_doc(ep: &Endpoint, ready: &Ready) -> TokenStream {
    let mut line = format!(
        "**HTTP:** `{} {}`",
        ready.method.as_str(),
        ready.path.value()
    );
    if matches!(ready.output, Output::Paginated { .. }) {
        line.push_str(" (paginated: a stream of items across pages)");
    }
    if let Some(format) = ep.args.format {
        line = format!("{line} (response format `{}`)", format.as_str());
    }
    if let Some(idempotency) = ep.args.idempotency {
        line.push_str(match idempotency {
            IdempotencyArg::Idempotent => " (idempotent: retried after a lost answer)",
            IdempotencyArg::ByKey => " (deduplicated by `Idempotency-Key`)",
            IdempotencyArg::NotIdempotent => " (not idempotent: never sent twice)",
        });
    }
    let has_docs = ep.item.attrs.iter().any(|a| a.path().is_ident("doc"));
    let separator = has_docs.then(|| quote!(#[doc = ""]));
    quote!(#separator #[doc = #line])
}

/// The method's signature as a synchronous `fn` returning a `Send` future of `ret`.
///
/// With `repair`, for the fallback, the signature is also made to compile whatever was wrong
/// with it, so the error does not cascade (see [`plain_signature`]).
pub(crate) fn future_signature(sig: &Signature, ret: &Type, repair: bool) -> Signature {
    let mut sig = plain_signature(sig, repair);
    let span = located(first_span(ret));
    sig.output = ReturnType::Type(
        syn::token::RArrow::default(),
        Box::new(parse_quote_spanned! {span=>
            impl ::core::future::Future<Output = #ret> + ::core::marker::Send
        }),
    );
    sig
}

/// The method's signature as a synchronous `fn` with the return type as written.
///
/// Parameter attributes other than lint attributes are removed (rustc does not know
/// `#[query]`). With `repair`, for the fallback, `self` is made `&self` and `const`,
/// `unsafe` and `extern` are dropped.
pub(crate) fn plain_signature(sig: &Signature, repair: bool) -> Signature {
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
    sig
}

fn is_by_value(receiver: &Receiver) -> bool {
    matches!(&*receiver.ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self"))
}
