//! What the macro emits when the declaration has errors (thiserror's `fallback.rs`,
//! tokio-macros' "item plus `compile_error!`").
//!
//! The method is still emitted with the signature a correct declaration would get and a body
//! that type-checks whatever the parameters are, so the trait keeps expanding, the IDE keeps
//! completing, and `impl Helpdesk for Client {}` adds no errors of its own: the user sees
//! only the `compile_error!`s, each pointing at the token it is about. A method returning
//! `Paginator<T>` keeps that signature and returns a paginator that yields nothing.

use proc_macro2::{TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::{parse_quote, ReturnType, TraitItemFn, Type};

use crate::ast::paginator_item;
use crate::check::is_truto_endpoint;
use crate::expand::{future_signature, plain_signature};

/// The method with a diverging default body, plus the errors.
pub(crate) fn expand(item: &TraitItemFn, errors: syn::Error) -> TokenStream {
    // A second `#[truto_endpoint]` would expand again and repeat the errors.
    let attrs = item.attrs.iter().filter(|a| !is_truto_endpoint(a));
    if let ReturnType::Type(_, ty) = &item.sig.output {
        if paginator_item(ty).is_some() {
            let sig = plain_signature(&item.sig, true);
            let errors = errors.into_compile_error();
            return quote! {
                #(#attrs)*
                #[allow(unused_variables, unused_mut)]
                #sig {
                    #errors
                    ::truto::__private::paginate_invalid()
                }
            };
        }
    }
    let ret = future_output(&item.sig.output);
    let sig = future_signature(&item.sig, &ret, true);
    let errors = errors.into_compile_error();
    // `pending` needs no value of `ret`; the parameters are unused on purpose.
    quote! {
        #(#attrs)*
        #[allow(unused_variables, unused_mut)]
        #sig {
            #errors
            ::core::future::pending::<#ret>()
        }
    }
}

/// The input unchanged plus the error, for input that is not a trait method at all.
pub(crate) fn passthrough(item: TokenStream, error: syn::Error) -> TokenStream {
    let error = error.into_compile_error();
    quote!(#item #error)
}

/// The future's output: the declared return type when it can be named in a body, else `()`.
fn future_output(output: &ReturnType) -> Type {
    match output {
        ReturnType::Type(_, ty) if !mentions_impl_trait(ty) => (**ty).clone(),
        _ => parse_quote!(()),
    }
}

/// `impl Trait` cannot appear in `Output = ..` nor in a turbofish, e.g. `-> impl Future<..>`.
fn mentions_impl_trait(ty: &Type) -> bool {
    fn scan(tokens: TokenStream) -> bool {
        tokens.into_iter().any(|token| match token {
            TokenTree::Ident(ident) => ident == "impl",
            TokenTree::Group(group) => scan(group.stream()),
            _ => false,
        })
    }
    scan(ty.to_token_stream())
}
