//! Parsed views of a `#[truto_endpoint]` method declaration, and the return-type shapes
//! both macros recognize (`Result<T>`, `()`, `ByteStream`, `Paginator<T>`).
//!
//! The views borrow the original syn nodes (thiserror's `ast.rs`), so later passes can point
//! errors at the user's tokens and the expansion can re-emit them with their spans.

use quote::ToTokens;
use syn::{
    FnArg, GenericArgument, Ident, Pat, PatType, PathArguments, Receiver, ReturnType, TraitItemFn,
    Type,
};

use crate::args::EndpointArgs;
use crate::attr::{self, RoleAttr};
use crate::bind::{self, Input};
use crate::ctxt::Ctxt;
use crate::path_template::PathTemplate;

/// One `#[truto_endpoint]` method: the item, the macro's arguments and views of the signature.
pub(crate) struct Endpoint<'a> {
    /// The trait method as written.
    pub(crate) item: &'a TraitItemFn,
    /// The macro's arguments.
    pub(crate) args: EndpointArgs,
    /// The parsed path; `None` when the path is missing or not a literal.
    pub(crate) template: Option<PathTemplate>,
    /// The `self` parameter, if any.
    pub(crate) receiver: Option<&'a Receiver>,
    /// The other parameters, in order.
    pub(crate) params: Vec<Param<'a>>,
    /// The return type, when it has the `Result<T>` or `Paginator<T>` shape.
    pub(crate) output: Option<Output<'a>>,
}

/// A non-`self` parameter.
pub(crate) struct Param<'a> {
    /// The parameter as written.
    pub(crate) arg: &'a PatType,
    /// Its name, when the pattern is a plain identifier (possibly `mut`).
    pub(crate) ident: Option<&'a Ident>,
    /// `#[query]`, `#[body]` or `#[header(..)]`, if present.
    pub(crate) role: Option<RoleAttr>,
}

impl Param<'_> {
    /// The parameter as the shared binding pass sees it.
    pub(crate) fn input(&self) -> Input<'_> {
        Input {
            ident: self.ident,
            pattern: self.arg.pat.to_token_stream(),
            role: self.role.as_ref(),
        }
    }
}

/// The return type, split into what the expansion needs.
pub(crate) enum Output<'a> {
    /// `Result<T>`: an `async fn`, sent once.
    Once {
        /// The whole return type as written, e.g. `truto::Result<Ticket>`.
        ty: &'a Type,
        /// How the response body becomes `T`.
        decode: Decode<'a>,
    },
    /// `Paginator<T>`: a plain `fn`, a stream of items across pages.
    Paginated {
        /// The item type `T` of `Paginator<T>`.
        item: &'a Type,
    },
}

/// How a response body is turned into the method's `T`.
pub(crate) enum Decode<'a> {
    /// JSON into `T`.
    Json(&'a Type),
    /// `Result<()>`: the body is ignored.
    Unit,
    /// `Result<ByteStream>`: the body is streamed.
    Stream,
}

impl<'a> Endpoint<'a> {
    /// Builds the views; records attribute and path syntax errors in `cx`.
    pub(crate) fn from_syn(item: &'a TraitItemFn, args: EndpointArgs, cx: &Ctxt) -> Self {
        let template = args.path.as_ref().map(|lit| bind::parse_path(lit, cx));
        let mut receiver = None;
        let mut params = Vec::new();
        for input in &item.sig.inputs {
            match input {
                FnArg::Receiver(r) => receiver = Some(r),
                FnArg::Typed(arg) => params.push(Param {
                    arg,
                    ident: plain_ident(&arg.pat),
                    role: attr::parse_param_attrs(&arg.attrs, cx),
                }),
            }
        }
        Endpoint {
            item,
            args,
            template,
            receiver,
            params,
            output: Output::from_syn(&item.sig.output),
        }
    }
}

impl<'a> Output<'a> {
    fn from_syn(output: &'a ReturnType) -> Option<Self> {
        let ReturnType::Type(_, ty) = output else {
            return None;
        };
        if let Some(item) = paginator_item(ty) {
            return Some(Output::Paginated { item });
        }
        let ok = result_arg(ty)?;
        // `Result<Paginator<T>>` is reported by the checks: pagination is never a `Result`.
        if paginator_segment(ok).is_some() {
            return None;
        }
        Some(Output::Once {
            ty,
            decode: Decode::of(ok),
        })
    }
}

impl<'a> Decode<'a> {
    /// How a response becomes `ty`: `()` ignores it, `ByteStream` streams it, JSON otherwise.
    pub(crate) fn of(ty: &'a Type) -> Self {
        match ungroup(ty) {
            Type::Tuple(unit) if unit.elems.is_empty() => Decode::Unit,
            Type::Path(p)
                if p.qself.is_none()
                    && p.path.segments.last().is_some_and(|last| {
                        last.ident == "ByteStream" && last.arguments.is_none()
                    }) =>
            {
                Decode::Stream
            }
            _ => Decode::Json(ty),
        }
    }
}

/// `T` of a path type whose last segment is `Paginator<T>` with exactly one type argument.
pub(crate) fn paginator_item(ty: &Type) -> Option<&Type> {
    single_type_arg(paginator_segment(ty)?)
}

/// The last segment of a path type, if it is named `Paginator`.
pub(crate) fn paginator_segment(ty: &Type) -> Option<&syn::PathSegment> {
    last_segment_named(ty, "Paginator")
}

/// `T` of a path type whose last segment is `Result<T>` with exactly one type argument.
pub(crate) fn result_arg(ty: &Type) -> Option<&Type> {
    single_type_arg(result_segment(ty)?)
}

/// The last segment of a path type, if it is named `Result`.
pub(crate) fn result_segment(ty: &Type) -> Option<&syn::PathSegment> {
    last_segment_named(ty, "Result")
}

fn last_segment_named<'a>(ty: &'a Type, name: &str) -> Option<&'a syn::PathSegment> {
    match ungroup(ty) {
        Type::Path(p) if p.qself.is_none() => {
            p.path.segments.last().filter(|last| last.ident == name)
        }
        _ => None,
    }
}

/// The one type argument of `Segment<T>`.
fn single_type_arg(segment: &syn::PathSegment) -> Option<&Type> {
    let PathArguments::AngleBracketed(args) = &segment.arguments else {
        return None;
    };
    match args.args.iter().collect::<Vec<_>>()[..] {
        [GenericArgument::Type(arg)] => Some(arg),
        _ => None,
    }
}

/// Sees through parentheses and the invisible groups `macro_rules!` wraps types in.
fn ungroup(mut ty: &Type) -> &Type {
    loop {
        match ty {
            Type::Group(g) => ty = &g.elem,
            Type::Paren(p) => ty = &p.elem,
            _ => return ty,
        }
    }
}

/// The name of a parameter whose pattern is a plain identifier (`x` or `mut x`).
fn plain_ident(pat: &Pat) -> Option<&Ident> {
    match pat {
        Pat::Ident(p) if p.by_ref.is_none() && p.subpat.is_none() => Some(&p.ident),
        _ => None,
    }
}
